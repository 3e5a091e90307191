package kz.esimder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public query endpoint's context as the live store assembles it from esimder-fuseki.ttl. */
class PublicEndpointContextTest {
    @TempDir Path tmp;

    @Test
    void theQueryEndpointHasTheTimeoutAndSpillsLargeSortsToDisk() {
        Path db = tmp.resolve("db");
        TestData.loadAll(db, tmp);
        try (LiveStore store = LiveStore.open(StoreSettings.builder().database(db).queryTimeout(Duration.ofSeconds(7)).build())) {
            DataAccessPointRegistry registry = new DataAccessPointRegistry();
            store.bind(registry);
            List<Endpoint> query = registry.get("/sparql").getDataService().getEndpoints(Operation.Query);
            assertThat(query).hasSize(1);
            Context context = query.get(0).getContext();
            assertThat(context.getLong(ARQ.queryTimeout, -1)).isEqualTo(7_000);
            // Without it one sorted listing of the whole dataset is held in the heap (events.rq at 100,000 persons).
            assertThat(context.getLong(ARQ.spillToDiskThreshold, -1)).isEqualTo(50_000);
        }
    }
}
