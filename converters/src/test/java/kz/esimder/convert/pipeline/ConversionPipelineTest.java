package kz.esimder.convert.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import kz.esimder.convert.map.DataIris;
import kz.esimder.convert.map.SourceDescription;
import kz.esimder.convert.read.ReaderOptions;
import kz.esimder.convert.read.SourceReaders;
import kz.esimder.convert.record.Normalisers;
import kz.esimder.convert.record.RecordInterpreter;
import kz.esimder.convert.report.ConversionReport;
import kz.esimder.convert.validate.RecordValidator;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
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

    /**
     * The workers' encoded bytes, between records rejected on the way, are what Jena's own writer
     * writes when given the quads one by one (the path of any other sink). (Records the shapes
     * reject, cut out of their batch's bytes, are {@link EncodedBatchTest}'s: the interpreter
     * lets none through.)
     */
    @Test
    void encodedBatchesWriteWhatJenaWritesOfTheSameQuads() throws Exception {
        StringBuilder b = new StringBuilder("Фамилия,Имя,Отчество,Год рождения,Дата ареста,Приговор,Архивный шифр\n");
        for (int i = 0; i < 700; i++) {
            String term = i % 97 == 5 ? "30" : Integer.toString(1 + i % 25); // a term over 25 years: rejected
            b.append("Агеев,Василий,Иванович,").append(1880 + i % 40).append(",02.02.1937,").append(term)
                    .append(" лет ИТЛ,\"ф. 1, оп. \"\"2\"\", д. ").append(i).append("\"\n");
        }
        Path in = Files.writeString(dir.resolve("mixed.csv"), b.toString(), StandardCharsets.UTF_8);
        byte[] encoded = converted(in, NQuadsOutput::writer, 8);
        byte[] jena = converted(in, out -> StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS), 8);
        assertThat(new String(encoded, StandardCharsets.UTF_8)).contains("/id/record/mixed-700> ", "\\\"2\\\"");
        assertThat(encoded).isEqualTo(jena);
    }

    /** The N-Quads of {@code in}, converted into the writer {@code to} makes; {@code rejected} records must have been rejected. */
    private byte[] converted(Path in, Function<OutputStream, StreamRDF> to, int rejected) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ConversionReport report = new ConversionReport()) {
            StreamRDF out = to.apply(bytes);
            out.start();
            pipeline().convert(List.of(new SourceInput("mixed", SourceReaders.open(in, ReaderOptions.defaults()),
                    new SourceDescription("mixed.csv", "t", false, false, null))), out, report, n -> { });
            out.finish();
            assertThat(report.rejected()).isEqualTo(rejected);
        }
        return bytes.toByteArray();
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
