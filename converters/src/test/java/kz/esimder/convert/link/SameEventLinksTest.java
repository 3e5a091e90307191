package kz.esimder.convert.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.esimder.convert.cli.EsimderCli;
import kz.esimder.convert.pipeline.TestOntology;
import kz.esimder.store.StoreLayout;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * One person stated by two lists, both stating the arrest and one the sentence (link/same-events-input.trig):
 * once merged, the second statement of the arrest is {@code esm:sameEventAs} the first, and the event
 * statistics count the arrest once, after {@code esimder load} and after {@code esimder dedup} alike.
 */
class SameEventLinksTest {
    private static final String DEDUP = LinkTestData.BASE + "graph/linkset/dedup";
    private static final String EVENT = LinkTestData.BASE + "id/event/";

    @Test
    void theArrestBothListsStateIsLinkedToTheFirstAndNothingElseIs() {
        Dataset ds = LinkTestData.dataset("same-events-input.trig");
        Linking.Summary summary = Linking.offline(LinkTestData.BASE).run(ds);

        assertThat(summary.dedup().survivors()).containsExactly(Map.entry(LinkTestData.BASE + "id/person/list-b-7", LinkTestData.BASE + "id/person/list-a-1"));
        assertThat(summary.sameEvents()).isEqualTo(1);
        List<QuerySolution> links = DeduplicatorTest.select(ds, """
                PREFIX esm: <https://w3id.org/esimder/ontology#>
                SELECT ?g ?e ?kept WHERE { GRAPH ?g { ?e esm:sameEventAs ?kept } }""");
        assertThat(links).hasSize(1);
        assertThat(links.get(0).getResource("g").getURI()).isEqualTo(DEDUP);
        assertThat(links.get(0).getResource("e").getURI()).isEqualTo(EVENT + "list-b-7-1");
        assertThat(links.get(0).getResource("kept").getURI()).isEqualTo(EVENT + "list-a-1-1");
    }

    @Test
    void theStatisticsCountTheMergedArrestOnceAfterLoadAndAfterDedup(@TempDir Path dir) throws Exception {
        Path nq = dir.resolve("same-events.nq");
        try (OutputStream out = Files.newOutputStream(nq)) {
            RDFDataMgr.write(out, LinkTestData.dataset("same-events-input.trig"), Lang.NQUADS);
        }
        Path unlinked = dir.resolve("unlinked");
        assertThat(cli("load", "--no-link", "--db", unlinked.toString(), nq.toString())).isZero();
        assertThat(eventCounts(unlinked)).as("not linked: each list's arrest")
                .isEqualTo(Map.of("arrest 1937", 3L, "sentence 1937", 1L));

        assertThat(cli("dedup", "--db", unlinked.toString())).isZero();
        assertThat(eventCounts(unlinked)).as("after esimder dedup").isEqualTo(Map.of("arrest 1937", 2L, "sentence 1937", 1L));

        Path linked = dir.resolve("linked");
        assertThat(cli("load", "--db", linked.toString(), nq.toString())).isZero();
        assertThat(eventCounts(linked)).as("esimder load, linked").isEqualTo(Map.of("arrest 1937", 2L, "sentence 1937", 1L));
    }

    private static int cli(String... args) {
        CommandLine cl = EsimderCli.commandLine(TestOntology::load);
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        assertThat(err.toString()).as("stderr of %s", List.of(args)).doesNotContain("Exception");
        return code;
    }

    /** «type year» → count, from the statistics graph of the store's live generation. */
    static Map<String, Long> eventCounts(Path db) {
        Path live = new StoreLayout(db).liveGeneration().orElseThrow();
        Dataset ds = TDB2Factory.connectDataset(StoreLayout.tdb2(live).toString());
        try {
            Map<String, Long> counts = new TreeMap<>();
            // read inside the transaction: TDB2 gives a row's IRIs and dates lazily
            Txn.executeRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.create("""
                        PREFIX esm: <https://w3id.org/esimder/ontology#>
                        SELECT ?type ?year ?n { GRAPH <http://localhost:8080/graph/statistics> {
                          ?o esm:eventType ?type ; <http://purl.org/linked-data/sdmx/2009/dimension#refPeriod> ?year ;
                             <http://purl.org/linked-data/sdmx/2009/measure#obsValue> ?n } }""", ds)) {
                    qe.execSelect().forEachRemaining(r -> counts.put(
                            r.getResource("type").getLocalName() + " " + r.getLiteral("year").getLexicalForm(), r.getLiteral("n").getLong()));
                }
            });
            return counts;
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }
}
