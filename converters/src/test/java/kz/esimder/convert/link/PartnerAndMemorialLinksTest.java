package kz.esimder.convert.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.esimder.convert.link.partner.ImportReport;
import kz.esimder.convert.link.partner.PartnerLinksetImporter;
import kz.esimder.convert.link.partner.Rejection;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnerAndMemorialLinksTest {
    private static final Node PARTNER = NodeFactory.createURI(LinkTestData.BASE + "graph/linkset/partner-example-archive");
    private static final Node MEMORIAL = NodeFactory.createURI(LinkTestData.BASE + "graph/linkset/memorial");

    private static PartnerLinksetImporter importer() {
        return new PartnerLinksetImporter(LinkTestData.BASE, "example-archive", "Example Regional Archive", "https://archive.example.org/dataset");
    }

    private static Path copy(Path dir, String resource) throws Exception {
        Path f = dir.resolve(resource);
        try (var in = LinkTestData.stream(resource)) {
            Files.copy(in, f);
        }
        return f;
    }

    @Test
    void partnerLinksToUsAreImportedAndEverythingElseIsReportedByLine(@TempDir Path dir) throws Exception {
        Dataset ds = DatasetFactory.createTxnMem();
        ImportReport report = importer().importFile(copy(dir, "partner-links.nt"), ds);

        Graph actual = LinksOutTest.withoutMatchesAndDate(LinkTestData.graph(ds, PARTNER));
        Graph expected = LinkTestData.dataset("partner-expected.trig").asDatasetGraph().getGraph(PARTNER);
        assertThat(actual.isIsomorphicWith(expected)).as(RDFWriter.source(actual).lang(Lang.TURTLE).asString()).isTrue();
        assertThat(LinkTestData.graph(ds, PARTNER).find(PARTNER, DCTerms.created.asNode(), Node.ANY).hasNext()).isTrue();

        assertThat(report.accepted()).isEqualTo(3);
        Map<Long, String> reasons = new TreeMap<>();
        for (Rejection r : report.rejected()) reasons.put(r.line(), r.reason());
        assertThat(reasons).containsOnlyKeys(5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(reasons.get(5L)).startsWith("predicate");
        assertThat(reasons.get(6L)).startsWith("neither side is ours");
        assertThat(reasons.get(7L)).startsWith("both sides are ours");
        assertThat(reasons.get(8L)).startsWith("malformed");
        assertThat(reasons.get(9L)).isEqualTo("object is not an IRI");
        assertThat(reasons.get(10L)).isEqualTo("subject is not an IRI");
    }

    @Test
    void aTurtleFileWithASyntaxErrorImportsNothingAndSaysWhere(@TempDir Path dir) throws Exception {
        Dataset ds = DatasetFactory.createTxnMem();
        ImportReport report = importer().importFile(copy(dir, "partner-broken.ttl"), ds);
        assertThat(report.accepted()).isZero();
        assertThat(report.rejected()).anySatisfy(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.reason()).startsWith("malformed, nothing imported");
        });
    }

    @Test
    void importerNeedsAPartnerKeyAndPublisher() {
        assertThatThrownBy(() -> new PartnerLinksetImporter(LinkTestData.BASE, "Bad Key", "X", null)).hasMessageContaining("Bad Key");
        assertThatThrownBy(() -> new PartnerLinksetImporter(LinkTestData.BASE, "ok", " ", null)).hasMessageContaining("publisher");
    }

    @Test
    void personsLinkToTheirOriginalMemorialRecords() {
        Dataset ds = LinkTestData.dataset("memorial-input.trig");
        assertThat(MemorialLinks.run(ds, LinkTestData.BASE)).isEqualTo(2);
        Graph actual = LinksOutTest.withoutMatchesAndDate(LinkTestData.graph(ds, MEMORIAL));
        Graph expected = LinkTestData.dataset("memorial-expected.trig").asDatasetGraph().getGraph(MEMORIAL);
        assertThat(actual.isIsomorphicWith(expected)).as(RDFWriter.source(actual).lang(Lang.TURTLE).asString()).isTrue();
    }

    @Test
    void linksetBuilderNamesTheBadValue() {
        assertThatThrownBy(() -> Linkset.builder("localhost", "x").build()).hasMessageContaining("'localhost'");
        assertThatThrownBy(() -> Linkset.builder(LinkTestData.BASE, "Wiki Data").build()).hasMessageContaining("'Wiki Data'");
        assertThatThrownBy(() -> Linkset.builder(LinkTestData.BASE, "x").subjectsTarget("urn:x").build()).hasMessageContaining("'urn:x'");
    }
}
