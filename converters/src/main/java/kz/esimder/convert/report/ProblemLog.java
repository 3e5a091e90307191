package kz.esimder.convert.report;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The problems of a run, in order. The first few thousand stay in memory; past that they go to a
 * temporary file, so that a million-record input with a problem in every record still converts in
 * small memory and every problem still reaches the report.
 */
final class ProblemLog implements Closeable {
    private static final int IN_MEMORY = 10_000;

    private final ObjectMapper json;
    private final List<ReportedProblem> head = new ArrayList<>();
    private Path spill;
    private BufferedWriter spillWriter;
    private SequenceWriter spillSequence;
    private long size;

    ProblemLog(ObjectMapper json) {
        this.json = json;
    }

    void add(ReportedProblem p) {
        size++;
        if (head.size() < IN_MEMORY) {
            head.add(p);
            return;
        }
        try {
            if (spill == null) {
                spill = Files.createTempFile("esimder-problems-", ".jsonl");
                spillWriter = Files.newBufferedWriter(spill, StandardCharsets.UTF_8);
                spillSequence = json.writer().withRootValueSeparator("\n").writeValues(spillWriter);
            }
            spillSequence.write(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the problem list in a temporary file", e);
        }
    }

    long size() {
        return size;
    }

    /** The first problems, for the human summary. */
    List<ReportedProblem> first(int n) {
        return head.subList(0, Math.min(n, head.size()));
    }

    /** Every problem, in order. */
    void forEach(Consumer<ReportedProblem> each) throws IOException {
        head.forEach(each);
        if (spill != null) {
            spillSequence.flush();
            try (MappingIterator<ReportedProblem> it = json.readerFor(ReportedProblem.class).readValues(spill.toFile())) {
                while (it.hasNext()) {
                    each.accept(it.next());
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (spill != null) {
            spillSequence.close();
            Files.deleteIfExists(spill);
            spill = null;
        }
    }
}
