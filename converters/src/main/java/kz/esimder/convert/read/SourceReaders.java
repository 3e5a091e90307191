package kz.esimder.convert.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the right {@link SourceReader} for a file. */
public final class SourceReaders {

    private SourceReaders() {}

    /**
     * The reader for {@code path} in the format the options give or, for {@link SourceFormat#AUTO},
     * the format it has. Fails with a one-line {@link IOException} for a missing, unreadable or binary file.
     */
    public static SourceReader open(Path path, ReaderOptions options) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new java.nio.file.NoSuchFileException(path.toString(), null, "no such file");
        }
        if (!Files.isReadable(path)) {
            throw new java.nio.file.AccessDeniedException(path.toString(), null, "not readable");
        }
        MemoryBookTextSplitter splitter = new MemoryBookTextSplitter();
        return switch (options.format().resolve(path)) {
            case MEMORYBOOK -> new MemoryBookReader(path, options.explicitCharset(), splitter);
            case CSV -> new CsvReader(path, options, splitter);
            case XLSX -> new XlsxReader(path, options, splitter);
            case JSONL -> new JsonLinesReader(path, options, splitter);
            case AUTO -> throw new IllegalStateException("resolve() never answers AUTO");
        };
    }
}
