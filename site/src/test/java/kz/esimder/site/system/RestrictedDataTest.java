package kz.esimder.site.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import kz.esimder.site.SiteHttp;
import kz.esimder.store.LiveStore;
import kz.esimder.store.LoadOptions;
import kz.esimder.store.StoreLoader;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A restricted list loaded beside the public demo records, through the store's loader: the person on
 * it reaches no public surface of the site (pages, data documents, search, sitemap, dumps,
 * statistics, counts, SPARQL with GRAPH ?g).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "esimder.demo=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestrictedDataTest {
    static final String SECRET = "Секретов";

    @LocalServerPort
    int port;
    @Autowired
    LiveStore live;
    SiteHttp http;

    @BeforeAll
    void loadPublicAndRestricted(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        http = new SiteHttp(port);
        Path publicFile = kz.esimder.site.DemoQuads.writeTo(dir);
        Path restricted = dir.resolve("closed-list.nq");
        try (InputStream in = getClass().getResourceAsStream("/restricted/closed-list.nq")) {
            Files.copy(in, restricted);
        }
        StoreLoader.load(live.settings().database(), List.of(publicFile, restricted),
                LoadOptions.builder().base(live.settings().base()).build());
        assertThat(live.reload()).isTrue();
    }

    @Test
    void thePublicRecordsAreServed() {
        assertThat(http.get("/page/person/spravki-sample-12").statusCode()).isEqualTo(200);
    }

    @Test
    void theRestrictedPersonIsOnNoPageDocumentOrSearch() {
        assertThat(http.get("/page/person/closed-list-1").statusCode()).isEqualTo(404);
        assertThat(http.get("/data/person/closed-list-1.ttl").statusCode()).isEqualTo(404);
        assertThat(http.get("/id/person/closed-list-1").statusCode()).isEqualTo(404);
        assertThat(http.get("/page/source/closed-list").statusCode()).isEqualTo(404);
        assertThat(http.get("/search?q=" + URLEncoder.encode(SECRET, StandardCharsets.UTF_8) + "&lang=en").body())
                .contains("0 found").doesNotContain("closed-list");
        assertThat(http.get("/search?year=1937&lang=en").body()).doesNotContain("closed-list");
        assertThat(http.get("/sitemap/persons-1.xml").body()).doesNotContain("closed-list");
        assertThat(http.get("/statistics?lang=en").body()).doesNotContain(SECRET);
        assertThat(http.get("/dataset?lang=en").body()).doesNotContain(SECRET);
    }

    @Test
    void theDumpsHoldNoRestrictedQuad() throws Exception {
        HttpResponse<byte[]> dump = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/dumps/esimder.nq.gz")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(dump.statusCode()).isEqualTo(200);
        String quads = new String(new GZIPInputStream(new java.io.ByteArrayInputStream(dump.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(quads).contains("Джансугуров").doesNotContain(SECRET).doesNotContain("closed-list");
    }

    @Test
    void sparqlWithGraphVariablesFindsNothingRestricted() throws Exception {
        String query = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"" + SECRET + "\")) } }";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"bindings\"").doesNotContain(SECRET);
    }

    @Test
    void voidCountsAreThoseOfThePublicDataOnly() {
        org.apache.jena.rdf.model.Model voidModel = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFParser.fromString(http.get("/.well-known/void").body(), Lang.TURTLE).parse(voidModel);
        String q = """
                PREFIX void: <http://rdfs.org/ns/void#>
                SELECT ?triples ?persons { ?d void:triples ?triples ;
                  void:classPartition [ void:class <https://w3id.org/esimder/ontology#Person> ; void:entities ?persons ] }""";
        try (var qe = org.apache.jena.query.QueryExecution.model(voidModel).query(q).build()) {
            var row = qe.execSelect().next();
            assertThat(row.getLiteral("persons").getLong()).isEqualTo(sparqlCount("{ ?p a <https://w3id.org/esimder/ontology#Person> }"));
            assertThat(row.getLiteral("triples").getLong()).isEqualTo(sparqlCount("{ ?s ?p ?o }"));
        }
        assertThat(sparqlCount("{ ?p a <https://w3id.org/esimder/ontology#Person> }")).isEqualTo(8);
    }

    @Test
    void chartsMapAndStatisticsQueriesShowNothingRestricted() {
        for (String chart : new String[] {"by-year", "by-region", "by-organ-kind", "by-sentence-kind", "rehabilitation"}) {
            HttpResponse<String> r = http.get("/statistics/" + chart + ".json");
            assertThat(r.statusCode()).as(chart).isEqualTo(200);
            assertThat(r.body()).as(chart).doesNotContain(SECRET).doesNotContain("closed-list");
        }
        assertThat(http.get("/map/places.json").body()).doesNotContain("closed-list").doesNotContain(SECRET);
        assertThat(http.get("/").body()).doesNotContain(SECRET);
    }

    @Test
    void sparqlNamingTheRestrictedGraphOrPersonGetsNothing() throws Exception {
        assertThat(sparqlCount("{ GRAPH <http://localhost:8080/graph/closed-list> { ?s ?p ?o } }")).isZero();
        assertThat(sparqlCount("{ GRAPH ?g { <http://localhost:8080/id/person/closed-list-1> ?p ?o } }")).isZero();
        assertThat(sparqlCount("{ ?s ?p ?o FILTER(CONTAINS(LCASE(STR(?o)), \"секретов\")) }")).isZero();
        assertThat(sparqlCount("{ GRAPH ?g { ?s <https://w3id.org/esimder/ontology#restricted> ?r } }")).isZero();
        String describe = http.get("/sparql?query=" + URLEncoder.encode("DESCRIBE <http://localhost:8080/id/person/closed-list-1>",
                StandardCharsets.UTF_8), "Accept", "application/n-triples").body();
        assertThat(describe).doesNotContain("closed-list-1>  ").doesNotContain(SECRET);
        String graphs = http.get("/sparql?query=" + URLEncoder.encode("SELECT DISTINCT ?g { GRAPH ?g { } }", StandardCharsets.UTF_8),
                "Accept", "text/csv").body();
        assertThat(graphs).contains("graph/").doesNotContain("closed-list");
    }

    private long sparqlCount(String pattern) {
        String body = http.get("/sparql?query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) " + pattern, StandardCharsets.UTF_8),
                "Accept", "text/csv").body();
        return Long.parseLong(body.lines().skip(1).findFirst().orElseThrow().strip());
    }
}
