package kz.esimder.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import kz.esimder.site.SiteHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Name search forgives spelling and script; facets narrow; every state is a URL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchTest {
    @LocalServerPort
    int port;
    SiteHttp http;

    @BeforeEach
    void client() {
        http = new SiteHttp(port);
    }

    private String search(String query) {
        return http.get("/search?lang=en&" + query).body();
    }

    private static String q(String name) {
        return "q=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    @Test
    void findsAPersonByEverySpellingOfTheName() {
        for (String spelling : new String[] {"Джансугуров", "Жансүгіров", "Zhansugurov", "джансугуров ильяс", "Жансугуров"}) {
            assertThat(search(q(spelling))).as(spelling).contains("/page/person/spravki-sample-12");
        }
        assertThat(search(q("Какимович"))).contains("/page/person/spravki-sample-11").contains("b. 1904<");
        assertThat(search(q("Сарсенев"))).contains("/page/person/stalin-lists-kz-persons-29");
        assertThat(search(q("Королёв"))).doesNotContain("/page/person/spravki-sample-12");
    }

    @Test
    void facetsNarrowTheResultsAndWorkWithoutAName() {
        assertThat(search("organKind=court&rehabilitated=yes")).contains("3 found").contains("spravki-sample-12")
                .doesNotContain("spravki-sample-11\"");
        assertThat(search("sentenceKind=camp")).contains("1 found").contains("/page/person/kz-records-9");
        assertThat(search("nationality=kazakh&year=1938")).contains("spravki-sample-12").contains("spravki-sample-11")
                .doesNotContain("kz-records-9");
        assertThat(search("region=alma-ata")).contains("spravki-sample-12");
        assertThat(search(q("Джансугуров") + "&rehabilitated=no")).contains("0 found");
        assertThat(search("rehabilitated=no")).contains("all-kz-related-2").doesNotContain("spravki-sample-12\"");
    }

    @Test
    void markupAndSparqlInTheQueryAreHarmless() {
        String page = search(q("\"><script>alert(1)</script> } ; DROP ALL"));
        assertThat(page).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(http.get("/search?" + q("x") + "&region=" + URLEncoder.encode("a> } DROP", StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(400);
    }
}
