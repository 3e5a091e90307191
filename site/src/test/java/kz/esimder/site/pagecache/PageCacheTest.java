package kz.esimder.site.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import kz.esimder.site.SiteHttp;
import kz.esimder.site.data.RdfStore;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The page cache over real HTTP: served again per language, revalidated by ETag, dropped when the data changes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageCacheTest {
    private static final String PAGE = "/page/person/cardfile-kk-7";

    @LocalServerPort
    int port;
    @Autowired
    RdfStore store;
    @Autowired
    PageCacheFilter filter;
    SiteHttp http;

    @BeforeEach
    void client() {
        http = new SiteHttp(port);
    }

    @Test
    void aPageIsServedAgainFromTheCacheInItsOwnLanguage() {
        String first = http.get(PAGE + "?lang=en").body();
        long hits = filter.hits();
        HttpResponse<String> again = http.get(PAGE + "?lang=en");
        assertThat(filter.hits()).isEqualTo(hits + 1);
        assertThat(again.body()).isEqualTo(first).contains("<html lang=\"en\"").contains("Cite this record");
        assertThat(again.headers().firstValue("Set-Cookie").orElseThrow()).contains("esimder-lang=en");
        assertThat(again.headers().firstValue("Link").orElseThrow()).contains("/data/person/cardfile-kk-7.ttl");
        assertThat(again.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        // the same path in another language is another page, never the cached English one
        assertThat(http.get(PAGE + "?lang=kk").body()).contains("<html lang=\"kk\"");
        assertThat(http.get(PAGE, "Accept-Language", "ru").body()).contains("<html lang=\"ru\"");
        assertThat(http.get(PAGE, "Accept-Language", "en").body()).contains("<html lang=\"en\"");
    }

    @Test
    void aCachedPageAnswers304ToItsETag() {
        http.get(PAGE + "?lang=ru");
        HttpResponse<String> cached = http.get(PAGE + "?lang=ru");
        String etag = cached.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> revalidated = http.get(PAGE + "?lang=ru", "If-None-Match", etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
    }

    @Test
    void newDataDropsEveryCachedPage() {
        assertThat(http.get(PAGE + "?lang=en").body()).doesNotContain("Cachetestvariant");
        DatasetGraph more = DatasetGraphFactory.createTxnMem();
        more.add(Quad.create(NodeFactory.createURI("http://localhost:8080/graph/page-cache-test"),
                NodeFactory.createURI("http://localhost:8080/id/person/cardfile-kk-7"),
                NodeFactory.createURI("https://w3id.org/esimder/ontology#nameVariant"), NodeFactory.createLiteralString("Cachetestvariant")));
        store.add(more);
        assertThat(http.get(PAGE + "?lang=en").body()).contains("Cachetestvariant");
    }

    @Test
    void theCacheIsBoundedInBytesAndKeyedByGeneration() {
        PageCache cache = new PageCache(10_000);
        PageCache.Page page = new PageCache.Page(List.of(Map.entry("Content-Type", List.of("text/html"))), new byte[1_500]);
        for (int i = 0; i < 10; i++) {
            cache.put(new PageCache.Key("/page/" + i, "ru", 1), page);
        }
        assertThat(cache.size()).isEqualTo(4); // 4 x (1,500 + 512) fit in 10,000; the oldest went first
        assertThat(cache.get(new PageCache.Key("/page/9", "ru", 1))).isNotNull();
        assertThat(cache.get(new PageCache.Key("/page/0", "ru", 1))).isNull();
        assertThat(cache.get(new PageCache.Key("/page/9", "ru", 2))).isNull();
        assertThat(cache.size()).isZero(); // a new generation dropped them all
    }
}
