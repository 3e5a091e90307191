package kz.esimder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-process Fuseki (Jetty) server: the same services, filters and admin as the servlet mount. */
class EsimderFusekiServerTest {
    @TempDir Path dir;

    @Test
    void servesReadOnlySparqlAndAuthenticatedAdmin() {
        Path db = dir.resolve("db");
        TestData.loadAll(db, dir);
        try (EsimderFusekiServer server = EsimderFusekiServer.start(TestData.settings(db), 0)) {
            try (RDFConnection c = RDFConnection.queryConnect(server.sparqlUrl())) {
                assertThat(c.queryAsk("ASK { <" + TestData.AGEEV + "> <https://w3id.org/esimder/ontology#surname> \"Агеев\" }")).isTrue();
                assertThat(c.queryAsk("ASK { GRAPH <" + TestData.RESTRICTED_GRAPH + "> { ?s ?p ?o } }")).isFalse();
            }
            String insert = "INSERT DATA { GRAPH <http://x/g> { <http://x/s> <http://x/p> \"o\" } }";
            assertThat(Http.post(server.sparqlUrl(), "application/sparql-update", insert).statusCode()).isBetween(400, 499);
            assertThat(Http.post(server.baseUrl() + "/admin/update", "application/sparql-update", insert).statusCode()).isEqualTo(401);
            assertThat(Http.post(server.baseUrl() + "/admin/reload", "text/plain", "").statusCode()).isEqualTo(401);
            HttpResponse<String> update = Http.post(server.baseUrl() + "/admin/update", "application/sparql-update", insert,
                    "Authorization", Http.basic("admin", "s3cret-test"));
            assertThat(update.statusCode()).isBetween(200, 204);
            assertThat(Http.query(server.sparqlUrl(), "ASK { GRAPH <http://x/g> { ?s ?p ?o } }", "application/sparql-results+json").body())
                    .contains("true");
            assertThat(Http.get(server.sparqlUrl(), "text/turtle").body()).contains("SPARQL11Query");
        }
    }
}
