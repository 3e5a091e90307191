package kz.esimder.convert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.esimder.convert.pipeline.OntologyResources;
import kz.esimder.convert.pipeline.TestConversions;
import kz.esimder.convert.pipeline.TestOntology;
import kz.esimder.ontology.Esm;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code esimder convert} end to end, in this JVM, with the real ontology unless a test says otherwise. */
class ConvertCommandTest {
    @TempDir
    Path dir;

    private static CliRun real(String... args) {
        return CliRun.run(TestConversions::ontology, args);
    }

    private Path copy(String resource, String name) throws Exception {
        return Files.copy(TestConversions.resource(resource), dir.resolve(name));
    }

    private static DatasetGraph nquads(Path file) {
        return RDFParser.source(file).lang(Lang.NQUADS).toDatasetGraph();
    }

    private static JsonNode json(Path file) throws Exception {
        return new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void everythingConvertedExitsZeroWithAReportThatAddsUp() throws Exception {
        Path in = copy("/golden/memorybook.txt", "list.txt");
        Path out = dir.resolve("list.nq");
        Path report = dir.resolve("list.json");
        CliRun run = real("convert", "--input", in.toString(), "--output", out.toString(), "--report", report.toString(),
                "--source-title", "Книга памяти (тест)");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("read 4, converted 4, rejected 0");
        JsonNode r = json(report);
        assertThat(r.get("read").asLong()).isEqualTo(4).isEqualTo(r.get("converted").asLong() + r.get("rejected").asLong());
        DatasetGraph ds = nquads(out);
        Node g = NodeFactory.createURI("http://localhost:8080/graph/list");
        Node source = NodeFactory.createURI("http://localhost:8080/id/source/list");
        assertThat(ds.contains(g, source, NodeFactory.createURI("http://purl.org/dc/terms/title"),
                NodeFactory.createLiteralString("Книга памяти (тест)"))).isTrue();
        assertThat(ds.contains(g, source, Esm.restricted.asNode(), Node.ANY)).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary files left").containsExactlyInAnyOrder(in, out, report);
        }
    }

    @Test
    void convertingTwiceGivesIdenticalBytes() throws Exception {
        Path in = copy("/golden/cards-ru-cp1251.csv", "cards.csv");
        Path a = dir.resolve("a.nq");
        Path b = dir.resolve("b.nq");
        assertThat(real("convert", "--input", in.toString(), "--output", a.toString()).exitCode()).isZero();
        assertThat(real("convert", "--input", in.toString(), "--output", b.toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(a)).isNotEmpty().isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void someRejectedExitsThreeWritesTheRestAndReportsWhy() throws Exception {
        Path in = Files.writeString(dir.resolve("partner.jsonl"),
                "{\"surname\": \"Агеев\", \"given_name\": \"Василий\", \"id\": \"4920\"}\n"
                        + "{\"surname\": \"Абланов\", \"given_name\": \"Садык\"}\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("o.nq");
        Path report = dir.resolve("r.json");
        OntologyResources strict = new OntologyResources(
                TestOntology.parse("/ontology-test/shapes-require-source-id.ttl"), TestOntology.parse("/ontology-test/vocab.ttl"));
        CliRun run = CliRun.run(() -> strict, "convert", "--input", in.toString(), "--output", out.toString(),
                "--report", report.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.SOME_REJECTED);
        JsonNode r = json(report);
        assertThat(r.get("read").asLong()).isEqualTo(2);
        assertThat(r.get("converted").asLong()).isEqualTo(1);
        assertThat(r.get("rejected").asLong()).isEqualTo(1);
        JsonNode problem = r.get("problems").get(0);
        assertThat(problem.get("file").asText()).isEqualTo("partner.jsonl");
        assertThat(problem.get("line").asLong()).isEqualTo(2);
        assertThat(problem.get("field").asText()).isEqualTo("record");
        assertThat(problem.get("reason").asText()).contains("a record needs its source identifier");
        DatasetGraph ds = nquads(out);
        assertThat(ds.find(Node.ANY, NodeFactory.createURI("http://localhost:8080/id/person/partner-1"), Node.ANY, Node.ANY).hasNext()).isTrue();
        assertThat(ds.find(Node.ANY, NodeFactory.createURI("http://localhost:8080/id/person/partner-2"), Node.ANY, Node.ANY).hasNext()).isFalse();
    }

    @Test
    void anImpossibleDateIsAProblemButTheRecordIsKept() throws Exception {
        Path in = Files.writeString(dir.resolve("l.txt"),
                "Родился в 1900 г.; казах;\nАрестован 31.02.1937\nПриговор: ВМН\n---\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("o.nq");
        Path report = dir.resolve("r.json");
        CliRun run = real("convert", "--input", in.toString(), "--output", out.toString(), "--report", report.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode r = json(report);
        assertThat(r.get("converted").asLong()).isEqualTo(1);
        JsonNode p = r.get("problems").get(0);
        assertThat(p.get("line").asLong()).isEqualTo(1);
        assertThat(p.get("field").asText()).isEqualTo("arrest-date");
        assertThat(p.get("value").asText()).isEqualTo("31.02.1937");
        assertThat(p.get("reason").asText()).contains("31");
        DatasetGraph ds = nquads(out);
        Node arrest = NodeFactory.createURI("http://localhost:8080/id/event/l-1-1");
        assertThat(ds.contains(Node.ANY, arrest, Esm.dateText.asNode(), NodeFactory.createLiteralString("31.02.1937"))).isTrue();
        assertThat(ds.contains(Node.ANY, arrest, Esm.date.asNode(), Node.ANY)).as("never guessed into a date").isFalse();
    }

    @Test
    void restrictedSourcesSayTheyAre() throws Exception {
        Path in = copy("/golden/partner.jsonl", "p.jsonl");
        Path out = dir.resolve("o.nq");
        assertThat(real("convert", "--input", in.toString(), "--output", out.toString(), "--restricted").exitCode()).isZero();
        List<Quad> flags = nquads(out).stream(Node.ANY, Node.ANY, Esm.restricted.asNode(), Node.ANY).toList();
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).getObject().getLiteralLexicalForm()).isEqualTo("true");
    }

    @Test
    void generatedDataIsMarkedSyntheticAndConvertsCompletely() throws Exception {
        Path gen = dir.resolve("gen.jsonl");
        CliRun g = real("generate", "--persons", "300", "--format", "jsonl", "--seed", "42", "--output", gen.toString());
        assertThat(g.exitCode()).as(g.err()).isZero();
        Path out = dir.resolve("gen.nq");
        Path report = dir.resolve("gen.json");
        CliRun run = real("convert", "--input", gen.toString(), "--output", out.toString(), "--report", report.toString());
        JsonNode r = json(report);
        assertThat(r.get("read").asLong()).isEqualTo(300);
        assertThat(r.get("rejected").asLong()).as(run.err()).isZero();
        List<Quad> synthetic = nquads(out).stream(Node.ANY, Node.ANY, Esm.synthetic.asNode(), Node.ANY).toList();
        assertThat(synthetic).hasSize(1);
        assertThat(synthetic.get(0).getObject().getLiteralLexicalForm()).isEqualTo("true");
    }

    @Test
    void validateSaysConformsForConverterOutputAndNotForBrokenData() throws Exception {
        Path in = copy("/golden/memorybook.txt", "m.txt");
        Path out = dir.resolve("m.nq");
        assertThat(real("convert", "--input", in.toString(), "--output", out.toString()).exitCode()).isZero();
        CliRun ok = real("validate", out.toString());
        assertThat(ok.exitCode()).as(ok.out() + ok.err()).isEqualTo(ExitCodes.OK);
        assertThat(ok.out()).contains("conform");

        String broken = Files.readAllLines(out).stream()
                .filter(l -> !l.contains("<http://www.w3.org/ns/prov#wasDerivedFrom>"))
                .reduce("", (a, l) -> a + l + "\n");
        Path bad = Files.writeString(dir.resolve("bad.nq"), broken);
        CliRun no = real("validate", bad.toString());
        assertThat(no.exitCode()).isEqualTo(ExitCodes.NOT_CONFORMING);
        assertThat(no.out()).contains("derived from at least one source record");
    }
}
