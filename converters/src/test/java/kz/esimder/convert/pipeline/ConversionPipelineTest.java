package kz.esimder.convert.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.esimder.convert.map.DataIris;
import kz.esimder.convert.map.SourceDescription;
import kz.esimder.convert.read.ReaderOptions;
import kz.esimder.convert.read.SourceReaders;
import kz.esimder.convert.record.Normalisers;
import kz.esimder.convert.record.RecordInterpreter;
import kz.esimder.convert.report.ConversionReport;
import kz.esimder.convert.validate.RecordValidator;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversionPipelineTest {
    @TempDir
    Path dir;

    private ConversionPipeline pipeline() {
        OntologyResources o = TestConversions.ontology();
        return new ConversionPipeline(new RecordInterpreter(Normalisers.create(o.places(), o.camps(), TestConversions.CLOCK),
                o.knownConcepts(), o.archives()), new RecordValidator(o.shapes(), o.reference()), DataIris.DEFAULT_BASE);
    }

    /** Many records, more than one batch, so that validation runs ahead on its own thread. */
    private Path manyRecords(int n) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("Родился в ").append(1880 + i % 40).append(" г.; казах;\nАрестован 02.02.1937\n---\n");
        }
        return Files.writeString(dir.resolve("many.txt"), b.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void recordsComeOutInSourceOrderAcrossBatches() throws Exception {
        Path in = manyRecords(600);
        List<Long> lines = new java.util.ArrayList<>();
        try (ConversionReport report = new ConversionReport()) {
            pipeline().convert(List.of(new SourceInput("many", SourceReaders.open(in, ReaderOptions.defaults()),
                    new SourceDescription("many.txt", "t", false, false, null))), new StreamRDFBase() {
                        @Override
                        public void quad(Quad q) {
                            String s = q.getSubject().getURI();
                            if (s.contains("/id/record/") && q.getPredicate().getLocalName().equals("line")) {
                                lines.add(Long.parseLong(q.getObject().getLiteralLexicalForm()));
                            }
                        }
                    }, report, n -> { });
            assertThat(report.read()).isEqualTo(600).isEqualTo(report.converted() + report.rejected());
        }
        assertThat(lines).hasSize(600).isSorted();
    }

    @Test
    void aWriteFailureOnTheWriterThreadReachesTheCaller() throws Exception {
        Path in = manyRecords(300);
        try (ConversionReport report = new ConversionReport()) {
            assertThatThrownBy(() -> pipeline().convert(List.of(new SourceInput("many",
                    SourceReaders.open(in, ReaderOptions.defaults()), new SourceDescription("many.txt", "t", false, false, null))),
                    new StreamRDFBase() {
                        @Override
                        public void quad(Quad q) {
                            throw new RuntimeIOException("disk full");
                        }
                    }, report, n -> { }))
                    .isInstanceOf(RuntimeIOException.class).hasMessageContaining("disk full");
        }
    }
}
