package kz.esimder.site.conneg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import kz.esimder.site.SiteHttp;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every content negotiation rule of issue 5, over real HTTP, with the Accept headers real clients send. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContentNegotiationTest {
    static final String PERSON = "/id/person/cardfile-kk-6";
    static final String CHROME = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
    static final String FIREFOX = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final String SAFARI = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final String CURL = "*/*";
    static final String JENA = "text/turtle,application/n-triples;q=0.9,application/ld+json;q=0.8,application/rdf+xml;q=0.7,*/*;q=0.5";
    static final String RDF4J = "application/rdf+xml, text/turtle;q=0.9, application/n-triples;q=0.8, application/ld+json;q=0.7, */*;q=0.1";
    static final String RDFLIB = "application/rdf+xml, */*;q=0.1";

    @LocalServerPort
    int port;
    SiteHttp http;

    @BeforeEach
    void client() {
        http = new SiteHttp(port);
    }

    static Stream<Arguments> clients() {
        return Stream.of(
                Arguments.of("Chrome", CHROME, "/page/person/cardfile-kk-6"),
                Arguments.of("Firefox", FIREFOX, "/page/person/cardfile-kk-6"),
                Arguments.of("Safari", SAFARI, "/page/person/cardfile-kk-6"),
                Arguments.of("curl", CURL, "/page/person/cardfile-kk-6"),
                Arguments.of("Jena", JENA, "/data/person/cardfile-kk-6.ttl"),
                Arguments.of("RDF4J", RDF4J, "/data/person/cardfile-kk-6.rdf"),
                Arguments.of("rdflib", RDFLIB, "/data/person/cardfile-kk-6.rdf"),
                Arguments.of("JSON-LD client", "application/ld+json", "/data/person/cardfile-kk-6.jsonld"),
                Arguments.of("N-Triples client", "application/n-triples", "/data/person/cardfile-kk-6.nt"),
                Arguments.of("Turtle preferred by q", "application/rdf+xml;q=0.5, text/turtle", "/data/person/cardfile-kk-6.ttl"),
                Arguments.of("HTML refused", "text/html;q=0, */*", "/data/person/cardfile-kk-6.ttl"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clients")
    void idAnswers303ToTheDocumentThatFits(String client, String accept, String expected) {
        HttpResponse<String> r = http.get(PERSON, "Accept", accept);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue(expected);
        assertThat(r.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept"));
    }

    @Test
    void missingAcceptGetsHtml() {
        HttpResponse<String> r = http.get(PERSON);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/page/person/cardfile-kk-6");
    }

    @Test
    void unsupportedTypeIs406WithAMessage() {
        HttpResponse<String> r = http.get(PERSON, "Accept", "image/png");
        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.body()).contains("text/turtle").contains("text/html");
        assertThat(r.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).containsIgnoringCase("Accept"));
    }

    /** The 406 is a page in the visitor's language listing each document there is, with its media type. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({
            "kk, Бұл ресурсты сұралған пішімде беру мүмкін емес", "ru, Этот ресурс нельзя выдать в запрошенном формате",
            "en, This resource cannot be given in the requested format"})
    void notAcceptableIsAPageInTheVisitorsLanguage(String lang, String message) {
        HttpResponse<String> r = http.get(PERSON, "Accept", "image/png", "Accept-Language", lang);
        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(r.body()).contains("<html lang=\"" + lang + "\"").contains(message)
                .contains("href=\"/data/person/cardfile-kk-6.ttl\"").contains("<code>application/ld+json</code>")
                .contains("href=\"/page/person/cardfile-kk-6\"");
    }

    @Test
    void linkHeaderNamesEveryAlternateWithItsType() {
        String link = http.get(PERSON, "Accept", CURL).headers().firstValue("Link").orElseThrow();
        assertThat(link).contains("</page/person/cardfile-kk-6>; rel=\"alternate\"; type=\"text/html\"")
                .contains("</data/person/cardfile-kk-6.ttl>; rel=\"alternate\"; type=\"text/turtle\"")
                .contains("type=\"application/ld+json\"").contains("type=\"application/rdf+xml\"")
                .contains("type=\"application/n-triples\"");
    }

    @Test
    void headWorksOnIdentifiersAndDocuments() {
        HttpResponse<String> id = http.head(PERSON, "Accept", JENA);
        assertThat(id.statusCode()).isEqualTo(303);
        assertThat(id.headers().firstValue("Location")).hasValue("/data/person/cardfile-kk-6.ttl");
        HttpResponse<String> doc = http.head("/data/person/cardfile-kk-6.ttl");
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        assertThat(doc.body()).isEmpty();
        assertThat(http.head("/page/person/cardfile-kk-6").statusCode()).isEqualTo(200);
    }

    @Test
    void conditionalRequestsGet304() {
        for (String path : new String[] {"/data/person/cardfile-kk-6.ttl", "/page/person/cardfile-kk-6"}) {
            HttpResponse<String> first = http.get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String modified = first.headers().firstValue("Last-Modified").orElseThrow();
            assertThat(http.get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
            assertThat(http.get(path, "If-Modified-Since", modified).statusCode()).isEqualTo(304);
            assertThat(http.get(path, "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void dataDocumentsAllowCrossOriginReads() {
        HttpResponse<String> r = http.get("/data/person/cardfile-kk-6.jsonld", "Origin", "https://partner.example.org");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    @Test
    void turtleHoldsThePersonTheirEventsAndLabelsAndParsesInJenaAndRdf4j() throws Exception {
        HttpResponse<String> r = http.get("/data/person/cardfile-kk-6.ttl");
        assertThat(r.statusCode()).isEqualTo(200);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        var person = ResourceFactory.createResource("http://localhost:8080/id/person/cardfile-kk-6");
        var esm = "https://w3id.org/esimder/ontology#";
        assertThat(m.contains(person, m.createProperty(esm, "surname"), "Джансугуров")).isTrue();
        var event = m.createResource("http://localhost:8080/id/event/cardfile-kk-6-2");
        assertThat(m.contains(event, m.createProperty(esm, "person"), person)).isTrue();
        assertThat(m.contains(event, m.createProperty(esm, "sentenceText"), "ВМН")).isTrue();
        var court = m.createResource("https://w3id.org/esimder/vocab/organ/supreme-court-ussr");
        assertThat(m.contains(court, m.createProperty("http://www.w3.org/2004/02/skos/core#prefLabel"),
                m.createLiteral("Верховный суд СССР", "ru"))).isTrue();
        var rdf4j = Rio.parse(new StringReader(r.body()), "", RDFFormat.TURTLE);
        assertThat(rdf4j.size()).isEqualTo((int) m.size());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void everyFormatParsesToTheSameGraph(String extension, Lang lang) {
        Model turtle = parse("/data/person/cardfile-kk-6.ttl", Lang.TURTLE);
        Model other = parse("/data/person/cardfile-kk-6." + extension, lang);
        assertThat(other.isIsomorphicWith(turtle)).isTrue();
    }

    static Stream<Arguments> formats() {
        return Stream.of(Arguments.of("jsonld", Lang.JSONLD), Arguments.of("rdf", Lang.RDFXML), Arguments.of("nt", Lang.NTRIPLES));
    }

    private Model parse(String path, Lang lang) {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).isEqualTo(200);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).parse(m);
        return m;
    }

    @Test
    void mergedIrisAnswer301ToTheSurvivor() {
        HttpResponse<String> id = http.get("/id/person/spravki-sample-2", "Accept", CHROME);
        assertThat(id.statusCode()).isEqualTo(301);
        assertThat(id.headers().firstValue("Location")).hasValue("/id/person/cardfile-kk-2");
        assertThat(http.get("/page/person/spravki-sample-2").headers().firstValue("Location"))
                .hasValue("/page/person/cardfile-kk-2");
        assertThat(http.get("/data/person/spravki-sample-2.nt").headers().firstValue("Location"))
                .hasValue("/data/person/cardfile-kk-2.nt");
    }

    @Test
    void unknownIrisAre404PagesInTheUsersLanguage() {
        HttpResponse<String> ru = http.get("/id/person/no-such-person", "Accept-Language", "ru");
        assertThat(ru.statusCode()).isEqualTo(404);
        assertThat(ru.body()).contains("Не найдено");
        HttpResponse<String> kk = http.get("/page/person/no-such-person", "Accept-Language", "kk-KZ,kk;q=0.9");
        assertThat(kk.statusCode()).isEqualTo(404);
        assertThat(kk.body()).contains("Табылмады");
        assertThat(http.get("/data/person/no-such-person.ttl").statusCode()).isEqualTo(404);
        assertThat(http.get("/data/person/cardfile-kk-6.xyz").statusCode()).isEqualTo(404);
        assertThat(http.get("/id/unknown-type/x").statusCode()).isEqualTo(404);
        assertThat(http.get("/no/such/path", "Accept-Language", "en").body()).contains("Not found");
    }

    @org.springframework.beans.factory.annotation.Autowired
    kz.esimder.site.data.RdfStore store;

    @Test
    void cyrillicAndPercentEncodedKeysWork() {
        var dsg = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        RDFParser.fromString("""
                <http://localhost:8080/graph/partner> {
                  <http://localhost:8080/id/person/архив-17> a <https://w3id.org/esimder/ontology#Person> ;
                    <http://www.w3.org/2000/01/rdf-schema#label> "Сейфуллин Сакен" . }""", Lang.TRIG).parse(dsg);
        store.add(dsg);
        String encoded = "%D0%B0%D1%80%D1%85%D0%B8%D0%B2-17";
        HttpResponse<String> id = http.get("/id/person/" + encoded, "Accept", JENA);
        assertThat(id.statusCode()).isEqualTo(303);
        assertThat(id.headers().firstValue("Location")).hasValue("/data/person/" + encoded + ".ttl");
        Model m = parse("/data/person/" + encoded + ".ttl", Lang.TURTLE);
        assertThat(m.contains(m.createResource("http://localhost:8080/id/person/архив-17"), null, "Сейфуллин Сакен")).isTrue();
        assertThat(http.get("/page/person/" + encoded).body()).contains("Сейфуллин Сакен");
        HttpResponse<String> missing = http.get("/id/person/%D0%B8%D0%BC%D1%8F-%D0%BD%D0%B5%D1%82", "Accept", CURL);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain("Exception");
        assertThat(http.get("/id/person/%E0%A4x", "Accept", CURL).statusCode()).isBetween(400, 404);
    }

    @Test
    void vocabularyConceptsAndTheOntologyNegotiateToo() {
        HttpResponse<String> concept = http.get("/vocab/organ/supreme-court-ussr", "Accept", JENA);
        assertThat(concept.statusCode()).isEqualTo(303);
        assertThat(concept.headers().firstValue("Location")).hasValue("/data/vocab/organ/supreme-court-ussr.ttl");
        assertThat(http.get("/vocab/organ/supreme-court-ussr", "Accept", CHROME).headers().firstValue("Location"))
                .hasValue("/page/vocab/organ/supreme-court-ussr");
        Model organ = parse("/data/vocab/organ/supreme-court-ussr.ttl", Lang.TURTLE);
        assertThat(organ.listSubjectsWithProperty(organ.createProperty("https://w3id.org/esimder/ontology#organ"),
                organ.createResource("https://w3id.org/esimder/vocab/organ/supreme-court-ussr")).toList()).isNotEmpty();
        HttpResponse<String> ontology = http.get("/ontology", "Accept", JENA);
        assertThat(ontology.statusCode()).isEqualTo(303);
        assertThat(ontology.headers().firstValue("Location")).hasValue("/data/ontology.ttl");
        assertThat(http.get("/ontology", "Accept", SAFARI).headers().firstValue("Location")).hasValue("/page/ontology");
        assertThat(http.get("/data/ontology.ttl").statusCode()).isEqualTo(200);
        assertThat(http.get("/vocab/organ/no-such-organ", "Accept", CHROME).statusCode()).isEqualTo(404);
    }
}
