package kz.esimder.site.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import kz.esimder.site.SiteHttp;
import kz.esimder.site.data.RdfStore;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Hostile names from a source are shown as text everywhere; security headers are on every response. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityTest {
    static final String EVIL = "Злой </script><script>alert(1)</script> \"} ' > <img src=x onerror=alert(2)>";

    @LocalServerPort
    int port;
    @Autowired
    RdfStore store;
    SiteHttp http;

    @BeforeEach
    void plantAHostileRecord() {
        http = new SiteHttp(port);
        String trig = """
                PREFIX esm: <https://w3id.org/esimder/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                <http://localhost:8080/graph/hostile> {
                  <http://localhost:8080/id/person/hostile-1> a esm:Person ; rdfs:label "%s" ;
                    esm:nameVariant "Злоумышленник" ; esm:occupation "SELECT * WHERE { ?s ?p ?o }" .
                }""".formatted(EVIL.replace("\\", "\\\\").replace("\"", "\\\""));
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(trig, Lang.TRIG).parse(dsg);
        store.add(dsg);
    }

    @Test
    void aHostileNameIsEscapedOnThePageAndInsideTheJsonLd() throws Exception {
        HttpResponse<String> r = http.get("/page/person/hostile-1");
        assertThat(r.statusCode()).isEqualTo(200);
        String body = r.body();
        assertThat(body).doesNotContain("<script>alert(1)").doesNotContain("<img src=x").contains("&lt;img src=x");
        int start = body.indexOf("<script type=\"application/ld+json\">");
        assertThat(start).isPositive();
        String json = body.substring(start + "<script type=\"application/ld+json\">".length(), body.indexOf("</script>", start));
        JsonNode node = JsonMapper.builder().build().readTree(json);
        assertThat(node.get("name").asString()).isEqualTo(EVIL);
        assertThat(node.get("@type").asString()).isEqualTo("Person");
    }

    @Test
    void aHostileNameIsEscapedInSearchResults() {
        String body = http.get("/search?q=%D0%97%D0%BB%D0%BE%D1%83%D0%BC%D1%8B%D1%88%D0%BB%D0%B5%D0%BD%D0%BD%D0%B8%D0%BA").body();
        assertThat(body).contains("/page/person/hostile-1").doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/", "/page/person/cardfile-kk-6", "/data/person/cardfile-kk-6.ttl", "/no/such"}) {
            HttpResponse<String> r = http.get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).isPresent();
            assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        }
    }

    @Test
    void pagesHaveNoInlineExecutableScriptsOrStyleAttributes() {
        for (String path : new String[] {"/", "/page/person/cardfile-kk-6", "/statistics", "/map", "/query", "/search?q=a"}) {
            String body = http.get(path).body();
            var scripts = java.util.regex.Pattern.compile("<script(?![^>]*\\bsrc=)(?![^>]*application/ld\\+json)[^>]*>").matcher(body);
            assertThat(scripts.find()).as(path).isFalse();
            assertThat(body).as(path).doesNotContain(" style=\"").doesNotContain(" onclick=");
        }
    }
}
