package kz.esimder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.esimder.ontology.Esm;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event counts follow linking: an arrest that deduplication found stated by two merged records
 * ({@code esm:sameEventAs} in its linkset) counts once, whether the link is written during the load
 * (the counts are made after it) or by a later run ({@link EventStatistics#rebuild}).
 */
class EventStatisticsTest {
    @TempDir Path tmp;

    private static final Node DEDUP = NodeFactory.createURI(TestData.BASE + "graph/linkset/dedup");
    private static final Node SECOND = NodeFactory.createURI(TestData.BASE + "id/event/kz-records-2-1");
    private static final Node FIRST = NodeFactory.createURI(TestData.BASE + "id/event/kz-records-1-1");

    @Test
    void anEventLinkedAsTheSameAsAnotherCountsOnceAndTheCountsFollowARebuild() {
        Path db = tmp.resolve("db");
        LoadReport report = StoreLoader.load(db, List.of(TestData.copy(TestData.PUBLIC_FILE, tmp)), LoadOptions.builder()
                .afterLoad(dsg -> {
                    // what deduplication writes when two merged records state one arrest
                    Txn.executeWrite(dsg, () -> dsg.add(DEDUP, SECOND, Esm.sameEventAs.asNode(), FIRST));
                    return "";
                }).build());
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(StoreLayout.tdb2(report.generation())));
        try {
            assertThat(arrestsByYear(dsg)).containsExactly("1937=3", "1938=1"); // four arrests in 1937, one stated twice

            Txn.executeWrite(dsg, () -> dsg.delete(DEDUP, SECOND, Esm.sameEventAs.asNode(), FIRST));
            long written = EventStatistics.rebuild(dsg, new GraphNames(TestData.BASE));
            assertThat(written).isPositive();
            assertThat(arrestsByYear(dsg)).containsExactly("1937=4", "1938=1");
            long observations = Txn.calculateRead(dsg, () -> (long) org.apache.jena.atlas.iterator.Iter.count(
                    dsg.find(new GraphNames(TestData.BASE).statistics(), Node.ANY, Node.ANY, Node.ANY)));
            assertThat(observations).as("the old observations are replaced, not added to").isEqualTo(written);
        } finally {
            TDBInternal.expel(dsg, true);
        }
    }

    private static List<String> arrestsByYear(DatasetGraph dsg) {
        String query = "PREFIX esm: <https://w3id.org/esimder/ontology#> "
                + "SELECT ?year ?n { GRAPH <http://localhost:8080/graph/statistics> { ?o esm:eventType <https://w3id.org/esimder/vocab/event-type/arrest> ; "
                + "<" + EventStatistics.REF_PERIOD + "> ?year ; <" + EventStatistics.OBS_VALUE + "> ?n } } ORDER BY ?year";
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(dsg))) {
                List<String> out = new ArrayList<>();
                qe.execSelect().forEachRemaining(s -> out.add(s.getLiteral("year").getLexicalForm() + "=" + s.getLiteral("n").getLong()));
                return out;
            }
        });
    }
}
