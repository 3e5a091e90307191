package kz.esimder.convert.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One golden file per input format: a small input under src/test/resources/golden/ and, beside
 * it, the TriG it must become, written by reading each record by hand (docs/model.md). The output
 * is compared as RDF, graph by graph, by isomorphism. When a golden file is missing the actual
 * output is written to target/golden-actual/ for a person to check, and the test fails.
 */
class GoldenFilesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("memorybook.txt", "memorybook.trig"),
                Arguments.of("cards-ru-cp1251.csv", "cards-ru-cp1251.trig"),
                Arguments.of("cards.xlsx", "cards-xlsx.trig"),
                Arguments.of("partner.jsonl", "partner.trig"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void inputBecomesExactlyTheGoldenGraph(String input, String golden) throws IOException {
        TestConversions.Result result = TestConversions.convert(TestConversions.resource("/golden/" + input), "Golden test: " + input);
        assertThat(result.report().rejected()).as("rejected").isZero();
        var expectedUrl = getClass().getResource("/golden/" + golden);
        if (expectedUrl == null) {
            Path dir = Files.createDirectories(Path.of("target/golden-actual"));
            try (OutputStream out = Files.newOutputStream(dir.resolve(golden))) {
                RDFDataMgr.write(out, result.quads(), RDFFormat.TRIG_PRETTY);
            }
            throw new AssertionError("no golden file " + golden + "; the actual output is in target/golden-actual/ to be checked by hand");
        }
        DatasetGraph expected = RDFParser.source(expectedUrl.toString()).lang(Lang.TRIG).toDatasetGraph();
        List<Node> expectedGraphs = new ArrayList<>();
        expected.listGraphNodes().forEachRemaining(expectedGraphs::add);
        List<Node> actualGraphs = new ArrayList<>();
        result.quads().listGraphNodes().forEachRemaining(actualGraphs::add);
        assertThat(actualGraphs).containsExactlyInAnyOrderElementsOf(expectedGraphs);
        for (Node g : expectedGraphs) {
            Graph want = expected.getGraph(g);
            Graph got = result.quads().getGraph(g);
            assertThat(got.isIsomorphicWith(want)).as("graph %s differs:%s", g, GraphDiff.describe(want, got)).isTrue();
        }
    }
}
