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

    /**
     * A cookbook answer, prepared in the background once the demo data is live, through the site's
     * Tomcat (whose own compression is on for application/json): a client accepting gzip gets the
     * prepared file once compressed, not twice, with the rows Fuseki computes for the same query.
     */
    @Test
    void aCookbookAnswerIsServedPreparedAndGzipOnceWithFusekisRows() throws Exception {
        String persons;
        try (var in = getClass().getResourceAsStream("/esimder/queries/persons.rq")) {
            persons = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        HttpResponse<byte[]> prepared = null;
        for (int i = 0; i < 600 && (prepared == null || prepared.statusCode() == 503); i++) { // the background work, 120 s at most
            if (prepared != null) Thread.sleep(200);
            prepared = get(persons, "Accept-Encoding", "gzip");
        }
        assertThat(prepared.statusCode()).isEqualTo(200);
        assertThat(prepared.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(prepared.headers().firstValue("ETag")).isPresent();
        byte[] json;
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(prepared.body()))) {
            json = in.readAllBytes();
        }
        HttpResponse<byte[]> fuseki = get(persons + "\n# asked of Fuseki itself");
        assertThat(fuseki.headers().firstValue("ETag")).isEmpty();
        var expected = org.apache.jena.query.ResultSetFactory.makeRewindable(org.apache.jena.riot.ResultSetMgr.read(
                new java.io.ByteArrayInputStream(fuseki.body()), org.apache.jena.riot.resultset.ResultSetLang.RS_JSON));
        var actual = org.apache.jena.query.ResultSetFactory.makeRewindable(org.apache.jena.riot.ResultSetMgr.read(
                new java.io.ByteArrayInputStream(json), org.apache.jena.riot.resultset.ResultSetLang.RS_JSON));
        assertThat(expected.size()).isPositive();
        // The same rows, and in the order of persons.rq's ORDER BY ?name ?person (rows tied on both may come in either order).
        assertThat(keys(actual)).isEqualTo(keys(expected));
        assertThat(org.apache.jena.sparql.resultset.ResultSetCompare.equalsByTerm(expected, actual))
                .as("%d rows prepared, %d from Fuseki", actual.size(), expected.size()).isTrue();
        assertThat(prepared.headers().firstValue("Content-Type")).isEqualTo(fuseki.headers().firstValue("Content-Type"));
    }

    private static java.util.List<String> keys(org.apache.jena.query.ResultSetRewindable rows) {
        rows.reset();
        java.util.List<String> keys = new java.util.ArrayList<>();
        rows.forEachRemaining(row -> keys.add(row.get("name") + " " + row.get("person")));
        rows.reset();
        return keys;
    }

    private HttpResponse<byte[]> get(String query, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
