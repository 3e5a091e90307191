package kz.esimder.site.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.esimder.site.SiteHttp;
import kz.esimder.site.data.DemoSources;
import kz.esimder.store.EsimderFusekiServer;
import kz.esimder.store.LoadOptions;
import kz.esimder.store.StoreLoader;
import kz.esimder.store.StoreSettings;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The site over a remote SPARQL endpoint (a standalone Esimder Fuseki): pages, documents and search work the same. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RemoteStoreTest {
    static EsimderFusekiServer fuseki;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void remoteEndpoint(DynamicPropertyRegistry registry) throws Exception {
        Path db = Files.createTempDirectory("esimder-remote");
        Path sources = Files.createTempDirectory("esimder-remote-demo");
        String base = "http://localhost:8080/";
        StoreLoader.load(db, DemoSources.convert(base, sources),
                LoadOptions.builder().base(base).afterLoad(DemoSources.linking(base)).build());
        fuseki = EsimderFusekiServer.start(StoreSettings.builder().database(db).build(), 0);
        registry.add("esimder.store", () -> "remote");
        registry.add("esimder.sparql.endpoint", fuseki::sparqlUrl);
    }

    @AfterAll
    static void stop() {
        if (fuseki != null) {
            fuseki.close();
        }
    }

    @Test
    void pagesDocumentsAndSearchReadTheRemoteEndpoint() {
        SiteHttp http = new SiteHttp(port);
        assertThat(http.get("/page/person/cardfile-kk-6?lang=en").body()).contains("Джансугуров Ильяс").contains("Rehabilitated");
        assertThat(http.get("/id/person/cardfile-kk-6", "Accept", "text/turtle").headers().firstValue("Location"))
                .hasValue("/data/person/cardfile-kk-6.ttl");
        assertThat(http.get("/data/person/cardfile-kk-6.nt").body()).contains("Джансугуров");
        assertThat(http.get("/search?q=Zhansugurov&lang=en").body()).contains("/page/person/cardfile-kk-6");
        assertThat(http.get("/page/vocab/organ/supreme-court-ussr?lang=en").body()).contains("People (5)");
        assertThat(http.get("/id/person/spravki-sample-2").statusCode()).isEqualTo(301);
    }
}
