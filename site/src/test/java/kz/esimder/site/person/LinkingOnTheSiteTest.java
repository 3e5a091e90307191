package kz.esimder.site.person;

import static org.assertj.core.api.Assertions.assertThat;

import kz.esimder.site.SiteHttp;
import kz.esimder.site.data.RdfStore;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
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
 * Linking as a reader and an editor see it, over the demo in memory mode (converted, loaded and
 * deduplicated by {@code DemoData} in an in-memory dataset): merged persons, 301 for retired IRIs,
 * links out from the Memorial linkset and a partner's, possible matches on the person page and on
 * {@code /review}, and every linkset in the dataset description. The partner linkset and the
 * possible match are added here in the shapes linking writes (docs/linking.md), since the demo
 * excerpts merge cleanly and have no Wikidata or partner links.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "esimder.store=memory")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkingOnTheSiteTest {
    private static final String EXTRA = """
            PREFIX esm: <https://w3id.org/esimder/ontology#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX void: <http://rdfs.org/ns/void#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            GRAPH <http://localhost:8080/graph/linkset/partner-openlist> {
              <http://localhost:8080/graph/linkset/partner-openlist> a void:Linkset ;
                  void:linkPredicate owl:sameAs ; void:triples 1 ; dcterms:publisher "Открытый список" .
              <http://localhost:8080/id/person/cardfile-kk-6> owl:sameAs <https://ru.openlist.wiki/Джансугуров_Ильяс_(1894)> .
            }
            GRAPH <http://localhost:8080/graph/linkset/dedup> {
              <http://localhost:8080/id/match/test-1> a esm:PossibleMatch ;
                  esm:matchSubject <http://localhost:8080/id/person/spravki-sample-14> ;
                  esm:matchObject <http://localhost:8080/id/person/stalin-lists-kz-persons-40> ;
                  esm:matchScore "0.81"^^xsd:decimal ; esm:matchMethod "esimder-dedup/1" ;
                  esm:matchExplanation "name 0.80 (Алибаев Абат / Абенов Сейтжан); birth year: only one record gives it" ;
                  esm:reviewStatus "pending" .
            }
            """;

    @LocalServerPort
    int port;
    @Autowired
    RdfStore store;
    SiteHttp http;

    @BeforeAll
    void addAPartnerLinksetAndAPossibleMatch() {
        http = new SiteHttp(port);
        DatasetGraph extra = DatasetGraphFactory.create();
        RDFParser.fromString(EXTRA, Lang.TRIG).parse(extra);
        store.add(extra);
    }

    @Test
    void aMergedPersonShowsEverySourceSideBySideAndItsRetiredIrisMoveThere() {
        String page = http.get("/page/person/spravki-sample-8?lang=en").body();
        assertThat(page).contains("One person in several sources")
                .contains("Сталинские расстрельные списки (stalin.memo.ru): Казахская ССР")
                .contains("справки о лицах из списков по Казахской ССР")
                .contains("Букончинович").contains("Буканчинович").contains("The sources disagree");
        for (String form : new String[] {"/id/person/", "/page/person/"}) {
            var moved = http.get(form + "stalin-lists-kz-persons-29");
            assertThat(moved.statusCode()).as(form).isEqualTo(301);
            assertThat(moved.headers().firstValue("Location")).hasValue(form + "spravki-sample-8");
        }
        assertThat(http.get("/data/person/stalin-lists-kz-persons-29.ttl").headers().firstValue("Location"))
                .hasValue("/data/person/spravki-sample-8.ttl");
        // the Stalin-list entry, its note and its card-file row are one person
        assertThat(http.get("/id/person/stalin-lists-kz-persons-2").headers().firstValue("Location")).hasValue("/id/person/cardfile-kk-2");
        assertThat(http.get("/id/person/spravki-sample-2").headers().firstValue("Location")).hasValue("/id/person/cardfile-kk-2");
        assertThat(http.get("/page/person/cardfile-kk-2?lang=en").body()).contains("3 sources");
    }

    @Test
    void linksOutAreListedWithTheirLinkset() {
        assertThat(http.get("/page/person/all-kz-related-2?lang=en").body())
                .contains("http://mos.memo.ru/shot-2.htm#s3").contains("linkset memorial");
        assertThat(http.get("/page/person/cardfile-kk-6?lang=ru").body())
                .contains("https://ru.openlist.wiki/Джансугуров_Ильяс_(1894)").contains("набор связей partner-openlist")
                .contains("Тот же человек");
    }

    @Test
    void possibleMatchesAreShownToReadersAndListedForEditors() {
        assertThat(http.get("/page/person/spravki-sample-14?lang=en").body())
                .contains("Possibly the same person as").contains("Абенов Сейтжан").contains("match score 0.81")
                .contains("/page/person/stalin-lists-kz-persons-40");
        assertThat(http.get("/page/person/stalin-lists-kz-persons-40?lang=kk").body())
                .contains("Мүмкін, мына адаммен бір адам:").contains("Алибаев Абат");
        for (String lang : new String[] {"kk", "ru", "en"}) {
            String review = http.get("/review?lang=" + lang).body();
            assertThat(review).as(lang).contains("<html lang=\"" + lang + "\"").contains("Алибаев Абат")
                    .contains("Абенов Сейтжан").contains("0.81").contains("birth year: only one record gives it")
                    .doesNotContain("??");
        }
        assertThat(http.get("/review?lang=en").body()).contains("1 pending");
        assertThat(http.get("/review?page=0").statusCode()).isEqualTo(400);
        assertThat(http.get("/review?page=2&lang=en").body()).doesNotContain("Алибаев Абат");
    }

    @Test
    void theDatasetDescriptionListsEveryLinkset() {
        Model voidModel = ModelFactory.createDefaultModel();
        RDFParser.fromString(http.get("/.well-known/void", "Accept", "text/turtle").body(), Lang.TURTLE).parse(voidModel);
        var subset = voidModel.createProperty("http://rdfs.org/ns/void#subset");
        var dataset = voidModel.createResource("http://localhost:8080/id/dataset");
        for (String linkset : new String[] {"dedup", "memorial", "partner-openlist"}) {
            var ls = voidModel.createResource("http://localhost:8080/graph/linkset/" + linkset);
            assertThat(voidModel.contains(dataset, subset, ls)).as(linkset).isTrue();
            assertThat(voidModel.contains(ls, voidModel.createProperty("http://rdfs.org/ns/void#linkPredicate"))).as(linkset).isTrue();
            assertThat(voidModel.contains(ls, voidModel.createProperty("http://rdfs.org/ns/void#triples"))).as(linkset).isTrue();
        }
        assertThat(voidModel.contains(voidModel.createResource("http://localhost:8080/graph/linkset/partner-openlist"),
                org.apache.jena.vocabulary.DCTerms.publisher, "Открытый список")).isTrue();
    }
}
