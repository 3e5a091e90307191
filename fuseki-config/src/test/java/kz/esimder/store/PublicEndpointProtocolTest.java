package kz.esimder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The SPARQL 1.1 Protocol at /sparql, mounted in a plain servlet container. */
class PublicEndpointProtocolTest extends EndpointOverTestData {
    static final String PREFIXES = "PREFIX esm: <https://w3id.org/esimder/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "PREFIX text: <http://jena.apache.org/text#>\n"
            + "PREFIX esmtext: <https://w3id.org/esimder/text#>\n";
    static final String LABEL_OF_AGEEV = PREFIXES + "SELECT ?label { <" + TestData.AGEEV + "> rdfs:label ?label }";


    @Test
    void getPostFormAndPostDirectAnswerTheSame() {
        HttpResponse<String> get = Http.query(endpoint.sparql(), LABEL_OF_AGEEV, "application/sparql-results+json");
        HttpResponse<String> form = Http.post(endpoint.sparql(), "application/x-www-form-urlencoded",
                "query=" + Http.enc(LABEL_OF_AGEEV), "Accept", "application/sparql-results+json");
        HttpResponse<String> direct = Http.post(endpoint.sparql(), "application/sparql-query", LABEL_OF_AGEEV,
                "Accept", "application/sparql-results+json");
        for (HttpResponse<String> r : List.of(get, form, direct)) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(labels(r.body(), org.apache.jena.riot.resultset.ResultSetLang.RS_JSON))
                    .containsExactly("Агеев Василий Иванович");
        }
    }

    @Test
    void selectResultsInJsonXmlCsvAndTsv() {
        var formats = List.of(
                new Object[] {"application/sparql-results+json", org.apache.jena.riot.resultset.ResultSetLang.RS_JSON},
                new Object[] {"application/sparql-results+xml", org.apache.jena.riot.resultset.ResultSetLang.RS_XML},
                new Object[] {"text/csv", org.apache.jena.riot.resultset.ResultSetLang.RS_CSV},
                new Object[] {"text/tab-separated-values", org.apache.jena.riot.resultset.ResultSetLang.RS_TSV});
        for (Object[] f : formats) {
            HttpResponse<String> r = Http.query(endpoint.sparql(), LABEL_OF_AGEEV, (String) f[0]);
            assertThat(r.statusCode()).as((String) f[0]).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith((String) f[0]);
            assertThat(labels(r.body(), (Lang) f[1])).as((String) f[0]).containsExactly("Агеев Василий Иванович");
        }
    }

    @Test
    void constructAndDescribeInTurtleJsonLdRdfXmlAndNTriplesAreTheSameGraph() {
        String describe = "DESCRIBE <" + TestData.BAITURSYNULY + ">";
        Graph reference = null;
        for (String[] f : new String[][] {{"text/turtle", "TURTLE"}, {"application/ld+json", "JSONLD"},
                {"application/rdf+xml", "RDFXML"}, {"application/n-triples", "NTRIPLES"}}) {
            HttpResponse<String> r = Http.query(endpoint.sparql(), describe, f[0]);
            assertThat(r.statusCode()).as(f[0]).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(f[0]).startsWith(f[0]);
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.body(), org.apache.jena.riot.RDFLanguages.nameToLang(f[1])).parse(g);
            assertThat(g.size()).as(f[0]).isGreaterThan(10);
            if (reference == null) reference = g;
            else assertThat(g.isIsomorphicWith(reference)).as(f[0] + " isomorphic with Turtle").isTrue();
        }
        Model m = ModelFactory.createModelForGraph(reference);
        assertThat(m.listObjectsOfProperty(m.createProperty("https://w3id.org/esimder/ontology#surname")).next().asLiteral().getString())
                .isEqualTo("Байтұрсынұлы");

        String construct = PREFIXES + "CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a esm:Person ; rdfs:label ?l }";
        HttpResponse<String> r = Http.query(endpoint.sparql(), construct, "application/n-triples");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(g);
        assertThat(g.size()).isEqualTo(5);
    }

    @Test
    void corsIsOpen() {
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(endpoint.sparql() + "?query=" + Http.enc("ASK {}")))
                .header("Origin", "https://example.org").GET().build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValueSatisfying(v -> assertThat(v).isIn("*", "https://example.org"));
        HttpResponse<String> preflight = Http.send(HttpRequest.newBuilder(URI.create(endpoint.sparql()))
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(preflight.statusCode()).isLessThan(300);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");
    }

    @Test
    void serviceDescriptionOnAGetWithoutQuery() {
        HttpResponse<String> r = Http.get(endpoint.sparql(), "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertThat(m.contains(m.createResource(endpoint.sparql()),
                org.apache.jena.vocabulary.RDF.type, m.createResource(ServiceDescriptionFilter.SD + "Service"))).isTrue();
        assertThat(m.contains(null, m.createProperty(ServiceDescriptionFilter.SD, "supportedLanguage"),
                m.createResource(ServiceDescriptionFilter.SD + "SPARQL11Query"))).isTrue();
    }

    @Test
    void aBrowserAskingForTheEndpointIsSentToTheQueryPage() {
        HttpResponse<String> r = Http.get(endpoint.sparql(), "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("query editor");
    }

    @Test
    void nameSearchFindsCyrillicAndKazakhNamesInAnyCase() {
        assertThat(search("esmtext:name", "Байтурсынов")).containsExactly(TestData.BAITURSYNULY);
        assertThat(search("esm:surname", "байтұрсынұлы")).containsExactly(TestData.BAITURSYNULY);
        assertThat(search("esmtext:name", "ЖҰМАБАЕВ")).containsExactly(TestData.BASE + "id/person/kz-records-3");
        assertThat(search("esmtext:name", "шаңғытбаева")).containsExactly(TestData.BASE + "id/person/kz-records-5");
        assertThat(search("esmtext:name", "Әлихан")).containsExactly(TestData.BASE + "id/person/kz-records-4");
        assertThat(search("esmtext:name", "Baitursynuly")).containsExactly(TestData.BAITURSYNULY);
        assertThat(search("rdfs:label", "Агеев")).containsExactly(TestData.AGEEV);
        assertThat(search("esm:surname", "Ахмет")).isEmpty();
    }

    private static List<String> search(String property, String name) {
        String q = PREFIXES + "SELECT DISTINCT ?p { ?p text:query (" + property + " \"" + name + "\") . ?p a esm:Person } ORDER BY ?p";
        HttpResponse<String> r = Http.query(endpoint.sparql(), q, "application/sparql-results+json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                org.apache.jena.riot.resultset.ResultSetLang.RS_JSON);
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(s -> out.add(s.getResource("p").getURI()));
        return out;
    }

    static List<String> labels(String body, Lang lang) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
        List<String> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.add(s.get("label").asLiteral().getLexicalForm());
        }
        return out;
    }
}
