package kz.esimder.convert.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.esimder.convert.cli.EsimderCli;
import kz.esimder.convert.link.dedup.DedupResult;
import kz.esimder.convert.pipeline.TestOntology;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * End to end on the fixtures: the Stalin list excerpt, the notes and a card file converted by
 * {@code esimder convert}, then linked. Every list entry with a note becomes one person with it;
 * no two entries of different people (different stalin.memo.ru ids) become one.
 */
class StalinListsMatchNotesTest {
    private static final String FIXTURES = "src/test/resources/fixtures/";

    static Path convert(Path dir) {
        Path out = dir.resolve("all.nq");
        CommandLine cl = EsimderCli.commandLine(TestOntology::load);
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        int code = cl.execute("convert", "--input", FIXTURES + "stalin-lists/stalin_lists_kz_persons-excerpt.csv",
                FIXTURES + "stalin-lists/spravki_sample.csv", FIXTURES + "card-files/cardfile-ru-cp1251.csv", "--output", out.toString());
        assertThat(code).isZero();
        return out;
    }

    @Test
    void everyListEntryWithANoteIsOnePersonWithIt(@TempDir Path dir) {
        Dataset ds = DatasetFactory.createTxnMem();
        Path nq = convert(dir);
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, nq.toString()));
        DedupResult result = Linking.offline(LinkTestData.BASE).run(ds).dedup();

        List<QuerySolution> rows = DeduplicatorTest.select(ds, """
                PREFIX esm: <https://w3id.org/esimder/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?p ?id ?g WHERE { GRAPH ?g { ?p a esm:Person ; prov:wasDerivedFrom ?r . ?r esm:sourceId ?id } }""");
        Map<String, String> listEntry = new HashMap<>();
        Map<String, String> note = new HashMap<>();
        for (QuerySolution r : rows) {
            String graph = r.getResource("g").getURI();
            if (graph.contains("stalin-lists")) listEntry.put(r.getLiteral("id").getString(), r.getResource("p").getURI());
            if (graph.contains("spravki")) note.put(r.getLiteral("id").getString(), r.getResource("p").getURI());
        }
        Set<String> both = new TreeSet<>(listEntry.keySet());
        both.retainAll(note.keySet());
        assertThat(both).containsExactly("18552", "4920", "4934", "4947");
        for (String id : both) {
            assertThat(survivor(result, listEntry.get(id))).as("list entry %s", id).isEqualTo(survivor(result, note.get(id)));
        }
        // precision: persons with different ids are never one
        Map<String, String> idOf = new HashMap<>();
        listEntry.forEach((id, p) -> idOf.put(p, id));
        note.forEach((id, p) -> idOf.put(p, id));
        result.survivors().forEach((retired, survivor) -> {
            if (idOf.containsKey(retired) && idOf.containsKey(survivor)) {
                assertThat(idOf.get(retired)).as(retired).isEqualTo(idOf.get(survivor));
            }
        });
    }

    private static String survivor(DedupResult r, String iri) {
        return r.survivors().getOrDefault(iri, iri);
    }
}
