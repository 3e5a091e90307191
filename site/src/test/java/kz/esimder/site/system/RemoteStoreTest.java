package kz.esimder.site.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.esimder.site.SiteHttp;
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
        DatasetGraph demo = DatasetGraphFactory.create();
        try (InputStream in = RemoteStoreTest.class.getResourceAsStream("/demo/memorial-excerpts.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(demo);
        }
        Path file = db.resolveSibling(db.getFileName() + "-demo.nq");
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, demo, Lang.NQUADS);
        }
        StoreLoader.load(db, List.of(file), LoadOptions.builder().build());
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
        assertThat(http.get("/page/person/spravki-sample-12?lang=en").body()).contains("Джансугуров Ильяс").contains("Rehabilitated");
        assertThat(http.get("/id/person/spravki-sample-12", "Accept", "text/turtle").headers().firstValue("Location"))
                .hasValue("/data/person/spravki-sample-12.ttl");
        assertThat(http.get("/data/person/spravki-sample-12.nt").body()).contains("Джансугуров");
        assertThat(http.get("/search?q=Zhansugurov&lang=en").body()).contains("/page/person/spravki-sample-12");
        assertThat(http.get("/page/vocab/organ/supreme-court-ussr?lang=en").body()).contains("People (3)");
        assertThat(http.get("/id/person/spravki-sample-2").statusCode()).isEqualTo(301);
    }
}
