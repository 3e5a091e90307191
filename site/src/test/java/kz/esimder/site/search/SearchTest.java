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
        // the same name key as deduplication: Kazakh and Russian Cyrillic, BGN, ISO 9, the 2021 Kazakh Latin
        for (String spelling : new String[] {"Джансугуров", "Жансүгіров", "Zhansugurov", "Dzhansugurov", "Džansugurov",
                "Jansügırov", "джансугуров ильяс", "Жансугуров", "Жансүгіров Ілияс", "Ilyas Zhansugurov"}) {
            assertThat(search(q(spelling))).as(spelling).contains("/page/person/cardfile-kk-6")
                    // one person: the record it was merged from is not listed beside it
                    .doesNotContain("/page/person/spravki-sample-22\"");
        }
        // a patronymic misread in one source (Какимович / Кикимович), е/ё and и/й
        for (String spelling : new String[] {"Какимович", "Кикимович", "Джандосов Уразалы Какимович", "Dzhandosov Urazaly"}) {
            assertThat(search(q(spelling))).as(spelling).contains("/page/person/spravki-sample-19").contains("b. 1904<");
        }
        for (String spelling : new String[] {"Майлин Беимбет", "Майлин Беймбет", "Mailin Beimbet", "Соловьёв Николай", "Соловьев Николаи"}) {
            assertThat(search(q(spelling))).as(spelling).contains(spelling.startsWith("Со")
                    ? "/page/person/stalin-lists-kz-persons-37" : "/page/person/cardfile-kk-7");
        }
        assertThat(search(q("Сарсенев"))).contains("/page/person/spravki-sample-8").doesNotContain("stalin-lists-kz-persons-29");
        assertThat(search(q("Королёв"))).doesNotContain("/page/person/cardfile-kk-6");
    }

    @Test
    void facetsNarrowTheResultsAndWorkWithoutAName() {
        // facets count people, not records: the merged records of Джансугуров (cardfile-kk-6) are one hit
        assertThat(search("organKind=court&rehabilitated=yes")).contains("7 found").contains("cardfile-kk-6")
                .doesNotContain("spravki-sample-22\"").doesNotContain("spravki-sample-19\"");
        assertThat(search("sentenceKind=camp")).contains("9 found").contains("/page/person/kz-records-9");
        assertThat(search("nationality=kazakh&year=1938")).contains("cardfile-kk-6").contains("spravki-sample-19")
                .doesNotContain("kz-records-9");
        assertThat(search("region=alma-ata")).contains("cardfile-kk-6");
        assertThat(search(q("Джансугуров") + "&rehabilitated=no")).contains("0 found");
        assertThat(search("rehabilitated=no")).contains("56 found").contains("stalin-lists-kz-persons-3\"").doesNotContain("cardfile-kk-6\"");
    }

    @Test
    void markupAndSparqlInTheQueryAreHarmless() {
        String page = search(q("\"><script>alert(1)</script> } ; DROP ALL"));
        assertThat(page).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(http.get("/search?" + q("x") + "&region=" + URLEncoder.encode("a> } DROP", StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(400);
    }
}
