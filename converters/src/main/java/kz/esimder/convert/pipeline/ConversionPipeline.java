package kz.esimder.convert.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import kz.esimder.convert.map.DataIris;
import kz.esimder.convert.map.MappedRecord;
import kz.esimder.convert.map.RecordMapper;
import kz.esimder.convert.map.SourceDescription;
import kz.esimder.convert.read.SourceReader;
import kz.esimder.convert.read.UnreadableInputException;
import kz.esimder.convert.record.RecordInterpreter;
import kz.esimder.convert.report.ConversionReport;
import kz.esimder.convert.report.ReportedProblem;
import kz.esimder.convert.validate.RecordValidator;
import kz.esimder.convert.validate.Violation;
import org.apache.jena.riot.system.StreamRDF;

/**
 * reader → record → normalisers → RDF → SHACL: each record is read, interpreted, mapped to its
 * triples, validated, and written as quads into its source's named graph, or rejected into the
 * report. The reader runs on the calling thread and hands records over in batches (validation is
 * much cheaper per record that way) to a {@link BatchWriter}, which interprets, maps and validates
 * them on a pool of worker threads and writes them in source order: the output and the report are
 * the same whatever the number of threads, and only a few batches are held in memory.
 */
public final class ConversionPipeline {
    /** Records validated together: large enough to amortise SHACL's per-call cost, small in memory. */
    static final int BATCH = 256;

    private final RecordInterpreter interpreter;
    private final RecordValidator validator;
    private final String base;
    private final int threads;

    /** A pipeline with one worker thread per available processor. */
    public ConversionPipeline(RecordInterpreter interpreter, RecordValidator validator, String base) {
        this(interpreter, validator, base, Runtime.getRuntime().availableProcessors());
    }

    /** @param threads the worker threads that interpret, map and validate (at least 1) */
    public ConversionPipeline(RecordInterpreter interpreter, RecordValidator validator, String base, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.interpreter = interpreter;
        this.validator = validator;
        this.base = base;
        this.threads = threads;
    }

    /**
     * Converts the sources in order into {@code out} (which the caller starts and finishes).
     *
     * @param progress called with the number of records handled so far
     * @throws IOException when an input cannot be read as a whole; what was written is then incomplete
     */
    public void convert(List<SourceInput> inputs, StreamRDF out, ConversionReport report, LongConsumer progress)
            throws IOException {
        UnreadableInputException first = null;
        int unreadable = 0;
        try (BatchWriter writer = new BatchWriter(interpreter, validator, threads, out, report, progress)) {
            for (SourceInput input : inputs) {
                try {
                    convert(input, writer, out, report);
                } catch (UnreadableInputException e) {
                    // One corrupt file in a batch costs that file (or its unread rest), counted like a
                    // skipped part of an input: one record read and rejected, named; the rest converts.
                    first = first == null ? e : first;
                    unreadable++;
                    report.rejected(new ReportedProblem(input.description().file(), 0, "file", "", e.getMessage()));
                }
            }
        }
        if (unreadable == inputs.size() && first != null) {
            throw first; // nothing was readable: the run fails as a whole (exit 2 in the CLI)
        }
        report.checkInvariant();
    }

    private void convert(SourceInput input, BatchWriter writer, StreamRDF out, ConversionReport report) throws IOException {
        DataIris iris = new DataIris(base, input.sourceKey());
        RecordMapper mapper = new RecordMapper(iris);
        SourceDescription description = input.description();
        MappedRecord source = description.map(iris);
        List<Violation> sourceViolations = validator.validateSource(source);
        if (!sourceViolations.isEmpty()) {
            throw new IllegalArgumentException("the description of source " + input.sourceKey()
                    + " does not conform: " + BatchWriter.describe(sourceViolations));
        }
        long[] parts = {0};
        List<BatchWriter.Part> batch = new ArrayList<>(BATCH + 8);
        int[] counted = {0};
        Consumer<BatchWriter.Part> add = part -> {
            batch.add(part);
            if (part.problem() != null) {
                return; // a problem rides along with the records around it, in source order
            }
            parts[0]++;
            if (++counted[0] >= BATCH) {
                writer.submit(batch, mapper, source);
                batch.clear();
                counted[0] = 0;
            }
        };
        UnreadableInputException unreadable = null;
        try (SourceReader reader = input.reader()) {
            try {
                reader.read(raw -> add.accept(BatchWriter.Part.record(raw)), problem -> {
                    ReportedProblem p = new ReportedProblem(problem.file(), problem.line(),
                            problem.field() == null ? "record" : problem.field(), problem.value(), problem.reason());
                    if (problem.skipped()) {
                        // Text of the input in no record: a record read and rejected, in its place in the order.
                        add.accept(BatchWriter.Part.rejected(p));
                    } else {
                        add.accept(BatchWriter.Part.problem(p)); // everything was read; something about it is doubtful
                    }
                });
            } catch (UnreadableInputException e) {
                unreadable = e; // the records read before the bad part are kept, with their source
            }
            writer.submit(batch, mapper, source);
            batch.clear();
        }
        if (parts[0] == 0 && unreadable != null) {
            throw unreadable; // nothing of it was read: no source description for an empty graph
        }
        if (parts[0] == 0) {
            // An empty input converts to nothing; say so rather than succeed in silence.
            report.problem(new ReportedProblem(description.file(), 0, "file", "", "no records found in the file"));
        }
        // The source goes last, once every batch is written (the writer thread and this one share
        // the output): only then is it known whether its records were generated. The wait is its
        // own call: hidden in sawSyntheticRecord(), --synthetic's || skipped it and the description
        // was written into the middle of the last batches.
        writer.await();
        boolean synthetic = description.synthetic() || writer.sawSyntheticRecord();
        BatchWriter.write(description.withSynthetic(synthetic).map(iris), out);
        if (unreadable != null) {
            throw unreadable;
        }
    }
}
