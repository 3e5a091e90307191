package kz.esimder.convert.read;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Everything one reader produced: the records and the problems, for assertions. */
record ReadResult(List<RawRecord> records, List<SourceReader.ReadProblem> problems) {

    static ReadResult of(SourceReader reader) throws IOException {
        List<RawRecord> records = new ArrayList<>();
        List<SourceReader.ReadProblem> problems = new ArrayList<>();
        try (reader) {
            reader.read(records::add, problems::add);
        }
        return new ReadResult(records, problems);
    }

    static ReadResult of(Path path, ReaderOptions options) throws IOException {
        return of(SourceReaders.open(path, options));
    }

    static ReadResult of(Path path) throws IOException {
        return of(path, ReaderOptions.defaults());
    }

    /** A fixture under src/test/resources/fixtures. */
    static Path fixture(String name) {
        try {
            return Path.of(Objects.requireNonNull(ReadResult.class.getResource("/fixtures/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record that starts at {@code line}. */
    RawRecord at(long line) {
        return records.stream().filter(r -> r.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no record at line " + line + "; lines are "
                        + records.stream().map(RawRecord::line).toList()));
    }
}
