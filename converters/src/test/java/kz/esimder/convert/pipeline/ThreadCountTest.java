package kz.esimder.convert.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.esimder.convert.generate.SyntheticDataGenerator;
import kz.esimder.convert.generate.SyntheticFormat;
import kz.esimder.convert.map.DataIris;
import kz.esimder.convert.map.SourceDescription;
import kz.esimder.convert.read.ReaderOptions;
import kz.esimder.convert.read.SourceReaders;
import kz.esimder.convert.record.Normalisers;
import kz.esimder.convert.record.RecordInterpreter;
import kz.esimder.convert.report.ConversionReport;
import kz.esimder.convert.validate.RecordValidator;
import org.apache.jena.riot.system.StreamRDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output and the report are the same bytes whatever the number of worker threads. */
class ThreadCountTest {
    @TempDir
    Path dir;

    /** The N-Quads and the JSON report of one conversion of {@code in} with {@code threads} workers. */
    private static String[] convert(Path in, int threads) throws Exception {
        OntologyResources o = TestConversions.ontology();
        ConversionPipeline pipeline = new ConversionPipeline(new RecordInterpreter(
                Normalisers.create(o.places(), o.camps(), TestConversions.CLOCK), o.knownConcepts(), o.archives()),
                new RecordValidator(o.shapes(), o.reference()), DataIris.DEFAULT_BASE, threads);
        ByteArrayOutputStream quads = new ByteArrayOutputStream();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try (ConversionReport report = new ConversionReport()) {
            StreamRDF out = NQuadsOutput.writer(quads);
            out.start();
            pipeline.convert(List.of(new SourceInput("gen", SourceReaders.open(in, ReaderOptions.defaults()),
                    new SourceDescription(in.getFileName().toString(), "t", false, false, null))), out, report, n -> { });
            out.finish();
            assertThat(report.read()).isEqualTo(report.converted() + report.rejected());
            report.writeJson(json);
        }
        return new String[] {quads.toString(StandardCharsets.UTF_8), json.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void oneTwoAndFiveWorkersWriteTheSameBytes() throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        new SyntheticDataGenerator().generate(3000, SyntheticFormat.CSV, 4, csv, n -> { });
        Path in = Files.write(dir.resolve("gen.csv"), csv.toByteArray());
        String[] one = convert(in, 1);
        String[] two = convert(in, 2);
        String[] five = convert(in, 5);
        assertThat(one[0]).isNotEmpty().contains("<http://localhost:8080/id/person/gen-");
        assertThat(one[1]).contains("\"problems\"").contains("\"line\""); // the generator's typos are reported
        assertThat(two[0]).isEqualTo(one[0]);
        assertThat(five[0]).isEqualTo(one[0]);
        assertThat(two[1]).isEqualTo(one[1]);
        assertThat(five[1]).isEqualTo(one[1]);
    }
}
