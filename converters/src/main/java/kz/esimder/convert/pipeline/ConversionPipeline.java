package kz.esimder.convert.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import kz.esimder.convert.map.DataIris;
import kz.esimder.convert.map.MappedRecord;
import kz.esimder.convert.map.RecordMapper;
import kz.esimder.convert.map.SourceDescription;
import kz.esimder.convert.read.RawRecord;
import kz.esimder.convert.read.SourceReader;
import kz.esimder.convert.record.RecordInterpreter;
import kz.esimder.convert.record.VictimRecord;
import kz.esimder.convert.report.ConversionReport;
import kz.esimder.convert.report.ReportedProblem;
import kz.esimder.convert.validate.RecordValidator;
import kz.esimder.convert.validate.Violation;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * reader → record → normalisers → RDF → SHACL: each record is read, interpreted, mapped to its
 * triples, validated, and written as quads into its source's named graph, or rejected into the
 * report. Records are validated in small batches (validation is much cheaper per record that way)
 * and written in source order; nothing but the current batch is held in memory.
 */
public final class ConversionPipeline {
    /** Records validated together: large enough to amortise SHACL's per-call cost, small in memory. */
    static final int BATCH = 256;

    private final RecordInterpreter interpreter;
    private final RecordValidator validator;
    private final String base;

    public ConversionPipeline(RecordInterpreter interpreter, RecordValidator validator, String base) {
        this.interpreter = interpreter;
        this.validator = validator;
        this.base = base;
    }

    /**
     * Converts the sources in order into {@code out} (which the caller starts and finishes).
     *
     * @param progress called with the number of records handled so far
     * @throws IOException when an input cannot be read as a whole; what was written is then incomplete
     */
    public void convert(List<SourceInput> inputs, StreamRDF out, ConversionReport report, LongConsumer progress)
            throws IOException {
        long[] handled = {0};
        for (SourceInput input : inputs) {
            DataIris iris = new DataIris(base, input.sourceKey());
            RecordMapper mapper = new RecordMapper(iris);
            SourceDescription description = input.description();
            MappedRecord source = description.map(iris);
            List<Violation> sourceViolations = validator.validateSource(source);
            if (!sourceViolations.isEmpty()) {
                throw new IllegalArgumentException("the description of source " + input.sourceKey()
                        + " does not conform: " + describe(sourceViolations));
            }
            long readBefore = report.read();
            long unreadableBefore = report.unreadable();
            Batch batch = new Batch(source, out, report, progress, handled);
            try (SourceReader reader = input.reader()) {
                reader.read(raw -> {
                    batch.add(raw, mapper);
                    if (batch.size() >= BATCH) {
                        batch.flush();
                    }
                }, problem -> report.unreadable(new ReportedProblem(problem.file(), problem.line(),
                        problem.field() == null ? "record" : problem.field(), problem.value(), problem.reason())));
                batch.flush();
            }
            if (report.read() == readBefore && report.unreadable() == unreadableBefore) {
                // An empty input converts to nothing; say so rather than succeed in silence.
                report.problem(new ReportedProblem(description.file(), 0, "file", "", "no records found in the file"));
            }
            boolean synthetic = description.synthetic() || batch.sawSyntheticRecord;
            // The source goes last: only now is it known whether its records were generated.
            write(description.withSynthetic(synthetic).map(iris), out);
        }
        report.checkInvariant();
    }

    /** The records read but not yet validated and written. */
    private final class Batch {
        private final MappedRecord source;
        private final StreamRDF out;
        private final ConversionReport report;
        private final LongConsumer progress;
        private final long[] handled;
        private final List<RawRecord> raws = new ArrayList<>();
        private final List<VictimRecord> records = new ArrayList<>();
        private final List<MappedRecord> mapped = new ArrayList<>();
        boolean sawSyntheticRecord;

        Batch(MappedRecord source, StreamRDF out, ConversionReport report, LongConsumer progress, long[] handled) {
            this.source = source;
            this.out = out;
            this.report = report;
            this.progress = progress;
            this.handled = handled;
        }

        int size() {
            return records.size();
        }

        void add(RawRecord raw, RecordMapper mapper) {
            VictimRecord record;
            MappedRecord triples;
            try {
                record = interpreter.interpret(raw);
                triples = mapper.map(record);
            } catch (RuntimeException e) {
                // A normaliser or mapper bug must cost one record, reported, never the run.
                report.rejected(new ReportedProblem(raw.file(), raw.line(), "record", raw.verbatim(),
                        "could not be interpreted: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
                progress.accept(++handled[0]);
                return;
            }
            raws.add(raw);
            records.add(record);
            mapped.add(triples);
        }

        /** Validates the batch and writes, in order, every record that conforms. */
        void flush() {
            if (records.isEmpty()) {
                return;
            }
            Map<Integer, List<Violation>> violations = validator.validateBatch(mapped, source);
            for (int i = 0; i < records.size(); i++) {
                List<Violation> v = violations.get(i);
                if (v == null) {
                    write(mapped.get(i), out);
                    report.converted(records.get(i));
                    sawSyntheticRecord |= SyntheticMarker.isSynthetic(records.get(i).source().sourceName());
                } else {
                    RawRecord raw = raws.get(i);
                    report.rejected(new ReportedProblem(raw.file(), raw.line(), "record", raw.verbatim(),
                            "does not conform to the shapes: " + describe(v)));
                }
                progress.accept(++handled[0]);
            }
            raws.clear();
            records.clear();
            mapped.clear();
        }
    }

    private static void write(MappedRecord mapped, StreamRDF out) {
        Node g = mapped.graphName();
        for (Triple t : mapped.triples()) {
            out.quad(Quad.create(g, t));
        }
    }

    private static String describe(List<Violation> violations) {
        return violations.stream().map(Violation::describe).distinct().collect(Collectors.joining("; "));
    }
}
