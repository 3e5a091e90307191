package kz.esimder.site.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.stream.Stream;
import kz.esimder.site.SiteHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every page renders in every language with every text from the bundles, and bad requests are 4xx pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesTest {
    @LocalServerPort
    int port;
    SiteHttp http;

    @BeforeEach
    void client() {
        http = new SiteHttp(port);
    }

    static Stream<Arguments> pages() {
        String[] paths = {"/", "/page/person/cardfile-kk-6", "/page/person/spravki-sample-8",
                "/page/person/kz-records-9", "/page/vocab/organ/supreme-court-ussr", "/page/vocab/camp/karlag",
                "/page/vocab/charge/58-10", "/page/vocab/place/alma-ata", "/page/vocab/organ",
                "/page/source/spravki-sample", "/page/record/cardfile-kk-6", "/page/event/cardfile-kk-6-2",
                "/search?q=Джансугуров", "/search?organKind=court&rehabilitated=yes", "/statistics", "/map",
                "/query", "/page/ontology", "/dataset"};
        return Stream.of("kk", "ru", "en").flatMap(lang -> Stream.of(paths).map(p -> Arguments.of(p, lang)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("pages")
    void rendersWithEveryTextFromTheBundles(String path, String lang) {
        HttpResponse<String> r = http.get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.body()).contains("<html lang=\"" + lang + "\"").doesNotContain("??").doesNotContain("Exception");
    }

    @Test
    void personPageShowsTheRecordInItsLanguage() {
        String kk = http.get("/page/person/cardfile-kk-6?lang=kk").body();
        assertThat(kk).contains("Джансугуров Ильяс").contains("Ақталған").contains("КСРО Жоғарғы соты")
                .contains("04.04.1957").contains("58-8: террор");
        String en = http.get("/page/person/cardfile-kk-6?lang=en").body();
        assertThat(en).contains("Rehabilitated").contains("Supreme Court of the USSR").contains("Cite this record")
                .contains("http://localhost:8080/id/person/cardfile-kk-6");
    }

    @Test
    void conflictingValuesStandSideBySideWithTheirSources() {
        String page = http.get("/page/person/spravki-sample-8?lang=en").body();
        assertThat(page).contains("Букончинович").contains("Буканчинович").contains("The sources disagree")
                .contains("Сталинские расстрельные списки (stalin.memo.ru): Казахская ССР")
                .contains("справки о лицах из списков по Казахской ССР");
    }

    @Test
    void languageComesFromAcceptLanguageThenTheParameterWhichSticks() {
        assertThat(http.get("/", "Accept-Language", "kk-KZ,kk;q=0.9,ru;q=0.8").body()).contains("<html lang=\"kk\"");
        assertThat(http.get("/", "Accept-Language", "en-GB,en;q=0.9").body()).contains("<html lang=\"en\"");
        assertThat(http.get("/", "Accept-Language", "de-DE").body()).contains("<html lang=\"ru\"");
        HttpResponse<String> switched = http.get("/?lang=kk", "Accept-Language", "en");
        String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertThat(http.get("/dataset", "Accept-Language", "en", "Cookie", cookie).body()).contains("<html lang=\"kk\"");
    }

    @Test
    void conceptPagesCountAndPageTheirPeople() {
        String organ = http.get("/page/vocab/organ/supreme-court-ussr?lang=en").body();
        assertThat(organ).contains("People (5)").contains("Агеев Василий Иванович").contains("Джансугуров Ильяс")
                .doesNotContain("/page/person/spravki-sample-22\""); // merged into cardfile-kk-6: one person
        assertThat(http.get("/page/vocab/organ/supreme-court-ussr?page=0").statusCode()).isEqualTo(400);
        assertThat(http.get("/page/vocab/organ/supreme-court-ussr?page=abc").statusCode()).isEqualTo(400);
    }

    @Test
    void badRequestsAre4xxPagesNeverErrors() {
        for (String path : new String[] {"/search?year=abc", "/search?organKind=%3Cscript%3E", "/search?rehabilitated=maybe",
                "/search?q=x&page=-1", "/page/source/spravki-sample?page=99999999999"}) {
            HttpResponse<String> r = http.get(path, "Accept-Language", "en");
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(r.body()).as(path).contains("Bad request").doesNotContain("<script>");
        }
        assertThat(http.send("POST", "/page/person/cardfile-kk-6").statusCode()).isEqualTo(405);
        assertThat(http.get("/statistics/nothing.json").statusCode()).isEqualTo(404);
    }

    @Test
    void voidSitemapRobotsAndDumpsDescribeTheDataset() {
        HttpResponse<String> v = http.get("/.well-known/void");
        assertThat(v.statusCode()).isEqualTo(200);
        assertThat(v.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        assertThat(v.body()).contains("void:Dataset").contains("dcat:Distribution").contains("esimder.nq.gz")
                .contains("spdx:checksumValue");
        assertThat(http.get("/robots.txt").body()).contains("Sitemap: http://localhost:8080/sitemap.xml");
        assertThat(http.get("/sitemap.xml").body()).contains("sitemap/persons-1.xml");
        assertThat(http.get("/sitemap/persons-1.xml").body()).contains("http://localhost:8080/page/person/cardfile-kk-6")
                .doesNotContain("spravki-sample-2<");
        assertThat(http.get("/dumps/esimder.nq.gz").statusCode()).isEqualTo(200);
        assertThat(http.get("/dumps/../../etc/passwd").statusCode()).isIn(400, 404);
    }

    /** The dataset is {@code {base}id/dataset} (DESIGN.md "Identifiers"): it answers 303; the old {@code /dataset} sends RDF clients there with 301. */
    @Test
    void theDatasetIriIsAnIdentifierThatAnswers303() {
        var voidModel = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(http.get("/.well-known/void").body(), org.apache.jena.riot.Lang.TURTLE)
                .base("http://localhost:8080/").parse(voidModel);
        assertThat(voidModel.contains(voidModel.createResource("http://localhost:8080/id/dataset"),
                org.apache.jena.vocabulary.RDF.type, voidModel.createResource("http://rdfs.org/ns/void#Dataset"))).isTrue();
        assertThat(voidModel.containsResource(voidModel.createResource("http://localhost:8080/dataset"))).isFalse();
        HttpResponse<String> html = http.get("/id/dataset", "Accept", "text/html");
        assertThat(html.statusCode()).isEqualTo(303);
        assertThat(html.headers().firstValue("Location")).hasValue("/dataset");
        HttpResponse<String> rdf = http.get("/id/dataset", "Accept", "text/turtle");
        assertThat(rdf.statusCode()).isEqualTo(303);
        assertThat(rdf.headers().firstValue("Location")).hasValue("/.well-known/void");
        HttpResponse<String> old = http.get("/dataset", "Accept", "text/turtle");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValue("/id/dataset");
        assertThat(http.get("/dataset", "Accept", "text/html").statusCode()).isEqualTo(200);
    }

    /** What the dataset's IRI cannot give is a 406 page in the visitor's language, naming the documents there are. */
    @Test
    void theDatasetIriAnswers406WithAPageListingItsDocuments() {
        HttpResponse<String> none = http.get("/id/dataset", "Accept", "image/png", "Accept-Language", "kk");
        assertThat(none.statusCode()).isEqualTo(406);
        assertThat(none.headers().firstValue("Vary")).hasValueSatisfying(v -> assertThat(v).containsIgnoringCase("accept"));
        assertThat(none.headers().firstValue("Link")).hasValueSatisfying(v -> assertThat(v)
                .contains("</dataset>; rel=\"alternate\"; type=\"text/html\"")
                .contains("</.well-known/void>; rel=\"alternate\"; type=\"text/turtle\""));
        assertThat(none.body()).contains("href=\"/.well-known/void\"").contains("application/ld+json")
                .contains("<html lang=\"kk\"").contains("Бұл ресурсты сұралған пішімде беру мүмкін емес");
    }

    /** Editors reach /review from every page's footer and from the dataset page, in each language. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"kk, Редакторларға: ықтимал сәйкестіктер", "ru, Редакторам: возможные совпадения",
            "en, For editors: possible matches"})
    void theReviewPageIsLinkedFromTheFooterAndTheDatasetPage(String lang, String footer) {
        assertThat(http.get("/?lang=" + lang).body()).contains("href=\"/review\"").contains(footer);
        assertThat(http.get("/dataset?lang=" + lang).body()).contains("href=\"/review\"");
        assertThat(http.get("/review?lang=" + lang).statusCode()).isEqualTo(200);
    }
}
