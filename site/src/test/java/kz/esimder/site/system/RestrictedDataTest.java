package kz.esimder.site.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
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
import kz.esimder.site.data.DemoSources;
import kz.esimder.store.LiveStore;
import kz.esimder.store.LoadOptions;
import kz.esimder.store.StoreLoader;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
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
        List<Path> files = new java.util.ArrayList<>(DemoSources.convert(live.settings().base(), dir));
        Path restricted = dir.resolve("closed-list.nq");
        try (InputStream in = getClass().getResourceAsStream("/restricted/closed-list.nq")) {
            Files.copy(in, restricted);
        }
        files.add(restricted);
        StoreLoader.load(live.settings().database(), files, LoadOptions.builder().base(live.settings().base())
                .afterLoad(DemoSources.linking(live.settings().base())).build());
        assertThat(live.reload()).isTrue();
    }

    @Test
    void thePublicRecordsAreServed() {
        assertThat(http.get("/page/person/cardfile-kk-6").statusCode()).isEqualTo(200);
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
}
