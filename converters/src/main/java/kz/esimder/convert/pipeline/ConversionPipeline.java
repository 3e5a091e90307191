package kz.esimder.convert.pipeline;

import java.io.IOException;
import java.util.List;
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
 * reader → record → normalisers → RDF → SHACL, one record at a time: each record is read,
 * interpreted, mapped to its triples, validated, and written as quads into its source's named
 * graph, or rejected into the report. Nothing but the current record is held in memory.
 */
public final class ConversionPipeline {
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
            boolean[] synthetic = {description.synthetic()};
            try (SourceReader reader = input.reader()) {
                reader.read(raw -> {
                    VictimRecord record = convertOne(raw, mapper, source, out, report);
                    if (record != null && SyntheticMarker.isSynthetic(record.source().sourceName())) {
                        synthetic[0] = true;
                    }
                    progress.accept(++handled[0]);
                }, problem -> report.unreadable(new ReportedProblem(problem.file(), problem.line(),
                        problem.field() == null ? "record" : problem.field(), problem.value(), problem.reason())));
            }
            // The source goes last: only now is it known whether its records were generated.
            write(description.withSynthetic(synthetic[0]).map(iris), out);
        }
        report.checkInvariant();
    }

    /** @return the record when it was written, null when it was rejected */
    private VictimRecord convertOne(RawRecord raw, RecordMapper mapper, MappedRecord source, StreamRDF out,
                                    ConversionReport report) {
        VictimRecord record;
        MappedRecord mapped;
        try {
            record = interpreter.interpret(raw);
            mapped = mapper.map(record);
        } catch (RuntimeException e) {
            // A normaliser or mapper bug must cost one record, reported, never the run.
            report.rejected(new ReportedProblem(raw.file(), raw.line(), "record", raw.verbatim(),
                    "could not be interpreted: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
            return null;
        }
        List<Violation> violations = validator.validate(mapped, source);
        if (!violations.isEmpty()) {
            report.rejected(new ReportedProblem(raw.file(), raw.line(), "record", raw.verbatim(),
                    "does not conform to the shapes: " + describe(violations)));
            return null;
        }
        write(mapped, out);
        report.converted(record);
        return record;
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
