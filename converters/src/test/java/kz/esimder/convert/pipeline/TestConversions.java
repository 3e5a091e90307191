package kz.esimder.convert.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kz.esimder.convert.map.DataIris;
import kz.esimder.convert.map.SourceDescription;
import kz.esimder.convert.map.SourceKeys;
import kz.esimder.convert.read.ReaderOptions;
import kz.esimder.convert.read.SourceReaders;
import kz.esimder.convert.record.Normalisers;
import kz.esimder.convert.record.RecordInterpreter;
import kz.esimder.convert.report.ConversionReport;
import kz.esimder.convert.validate.RecordValidator;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Converts test inputs through the real pipeline and the real ontology, with the clock pinned. */
public final class TestConversions {
    /** «Today» for the tests: dates after it are rejected, whatever day the tests run. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static OntologyResources ontology;
    private static ConversionPipeline pipeline;

    private TestConversions() {}

    public static synchronized OntologyResources ontology() {
        if (ontology == null) {
            ontology = OntologyResources.fromClasspath();
        }
        return ontology;
    }

    private static synchronized ConversionPipeline pipeline() {
        if (pipeline == null) {
            OntologyResources o = ontology();
            pipeline = new ConversionPipeline(
                    new RecordInterpreter(Normalisers.create(o.places(), o.camps(), CLOCK), o.knownConcepts(), o.archives()),
                    new RecordValidator(o.shapes(), o.reference()), DataIris.DEFAULT_BASE);
        }
        return pipeline;
    }

    /** The result of one conversion: the quads and the report (closed already). */
    public record Result(DatasetGraph quads, ConversionReport report) {}

    public static Result convert(Path file, String title) throws IOException {
        return convert(file, ReaderOptions.defaults(), title, false);
    }

    public static Result convert(Path file, ReaderOptions options, String title, boolean restricted) throws IOException {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        StreamRDF out = StreamRDFLib.dataset(ds);
        String name = file.getFileName().toString();
        SourceInput input = new SourceInput(SourceKeys.fromFileName(name), SourceReaders.open(file, options),
                new SourceDescription(name, title, restricted, false, null));
        try (ConversionReport report = new ConversionReport()) {
            out.start();
            pipeline().convert(List.of(input), out, report, n -> { });
            out.finish();
            return new Result(ds, report);
        }
    }

    /** A test resource as a path. */
    public static Path resource(String name) {
        try {
            return Path.of(TestConversions.class.getResource(name).toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + name, e);
        }
    }
}
