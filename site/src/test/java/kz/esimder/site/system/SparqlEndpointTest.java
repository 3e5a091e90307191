package kz.esimder.site.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Fuseki's endpoint, mounted at /sparql in the site's container: queries answer, updates do not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SparqlEndpointTest {
    @LocalServerPort
    int port;

    @Test
    void aPartnerArchiveQueriesThroughRdf4j() {
        SPARQLRepository repo = new SPARQLRepository("http://localhost:" + port + "/sparql");
        try (var connection = repo.getConnection();
             TupleQueryResult result = connection.prepareTupleQuery("""
                     PREFIX esm: <https://w3id.org/esimder/ontology#>
                     SELECT ?p WHERE { ?p esm:surname "Джансугуров" } ORDER BY ?p""").evaluate()) {
            assertThat(result.next().getValue("p").stringValue()).isEqualTo("http://localhost:8080/id/person/cardfile-kk-6");
        } finally {
            repo.shutDown();
        }
    }

    @Test
    void aBrowserOpeningTheEndpointGetsTheQueryEditor() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"sparql-form\"").contains("codemirror");
    }

    @Test
    void thePublicEndpointRefusesUpdates() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode("DROP ALL", StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isBetween(400, 499);
        HttpResponse<String> still = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/sparql?query=" + URLEncoder.encode("ASK { ?p a <https://w3id.org/esimder/ontology#Person> }", StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(still.body()).contains("true");
    }
}
