package kz.esimder.site.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import kz.esimder.convert.cli.EsimderCli;
import kz.esimder.site.SiteHttp;
import kz.esimder.store.LiveStore;
import kz.esimder.store.LoadOptions;
import kz.esimder.store.StoreLoader;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A source record whose fields are markup and SPARQL goes the whole way a real one does: the
 * {@code esimder convert} command, the store's loader, the site. Every page that shows it (person,
 * search results, the concept and source pages listing people) shows it as text; the data documents
 * carry it unchanged as a literal; searching for it answers 200 with an escaped echo; and none of it,
 * nor the query text, reaches the log at INFO.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "esimder.demo=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRecordTest {
    static final String SURNAME = "Злойрусов</script><script>window.x=1</script>";
    static final String GIVEN = "\"} ; DROP ALL #";
    static final String OCCUPATION = "SELECT * WHERE { ?s ?p ?o } '><img src=x onerror=alert(2)>";
    static final String SOURCE_TITLE = "Список </title><script>alert(3)</script> \"}";
    static final String ESM = "https://w3id.org/esimder/ontology#";

    @LocalServerPort
    int port;
    @Autowired
    LiveStore live;
    SiteHttp http;
    CapturedLog log;
    String personPath;
    Path hostileNq;
    /** The converter's output, all graphs in one model. */
    final Model converted = ModelFactory.createDefaultModel();

    @BeforeAll
    void convertAndLoadTheHostileSource(@TempDir Path dir) throws Exception {
        http = new SiteHttp(port);
        log = CapturedLog.start();
        Path jsonl = dir.resolve("hostile-list.jsonl");
        Files.writeString(jsonl, """
                {"surname": %s, "given_name": %s, "birth_year": "1894", "nationality": "казах", "occupation": %s, \
                "residence": "Алма-Ата", "arrest_date": "11.07.1937", "sentence": "ВМН", "sentence_date": "26.02.1938", \
                "source": %s}
                """.formatted(json(SURNAME), json(GIVEN), json(OCCUPATION), json(SOURCE_TITLE)), StandardCharsets.UTF_8);
        hostileNq = dir.resolve("hostile-list.nq");
        int exit = EsimderCli.commandLine().execute("convert", "--input", jsonl.toString(), "--output", hostileNq.toString(),
                "--source-title", SOURCE_TITLE, "--base", live.settings().base());
        assertThat(exit).as("esimder convert exit code").isZero();

        List<Path> files = new java.util.ArrayList<>(kz.esimder.site.data.DemoSources.convert(live.settings().base(), dir));
        files.add(hostileNq);
        StoreLoader.load(live.settings().database(), files,
                LoadOptions.builder().base(live.settings().base()).build());
        assertThat(live.reload()).isTrue();

        Dataset quads = DatasetFactory.create();
        RDFDataMgr.read(quads, hostileNq.toString(), Lang.NQUADS);
        quads.listModelNames().forEachRemaining(n -> converted.add(quads.getNamedModel(n)));
        try (QueryExecution qe = QueryExecution.dataset(quads)
                .query("SELECT ?p { GRAPH ?g { ?p a <" + ESM + "Person> } }").build()) {
            String iri = qe.execSelect().next().getResource("p").getURI();
            personPath = iri.substring(live.settings().base().length() - 1).replace("/id/", "/page/");
        }
    }

    @AfterAll
    void stopCapturing() {
        log.stop();
    }

    @Test
    void theConverterKeptTheHostileTextAsLiterals() throws Exception {
        String quads = Files.readString(hostileNq);
        assertThat(literals(converted, "surname")).containsExactly(SURNAME);
        assertThat(literals(converted, "occupation")).containsExactly(OCCUPATION);
        assertThat(literals(converted, "givenName")).singleElement().asString().startsWithIgnoringCase(GIVEN);
        assertThat(quads).doesNotContain("DROP ALL #\" ;");
    }

    @Test
    void thePersonPageShowsEveryHostileFieldAsText() {
        HttpResponse<String> r = http.get(personPath + "?lang=ru");
        assertThat(r.statusCode()).isEqualTo(200);
        assertNoLiveMarkup(r.body());
        assertThat(r.body()).contains("&lt;script&gt;window.x=1&lt;/script&gt;").contains("&lt;img src=x")
                .contains("&quot;} ; DROP ALL #");
    }

    @Test
    void searchResultsShowTheHostileNameAsText() {
        HttpResponse<String> r = http.get("/search?q=" + enc("Злойрусов") + "&lang=ru");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains(personPath);
        assertNoLiveMarkup(r.body());
        assertThat(r.body()).contains("&lt;script&gt;window.x=1");
    }

    @Test
    void searchingForMarkupOrSparqlAnswers200WithAnEscapedEcho() {
        long persons = personCount();
        for (String q : new String[] {SURNAME, GIVEN, OCCUPATION, "\" } } DROP ALL ; INSERT DATA { <a:a> <a:b> <a:c> } #",
                "<", ">", "\"", "'", "\\", "{", "%", "\u0000", "x".repeat(5000)}) {
            HttpResponse<String> r = http.get("/search?q=" + enc(q) + "&lang=en");
            assertThat(r.statusCode()).as(q).isEqualTo(200);
            assertNoLiveMarkup(r.body());
        }
        assertThat(http.get("/search?q=" + enc(GIVEN)).body()).contains("&quot;} ; DROP ALL #");
        for (String facet : new String[] {"region", "year", "organKind", "sentenceKind", "nationality", "rehabilitated", "page"}) {
            HttpResponse<String> r = http.get("/search?" + facet + "=" + enc(GIVEN + "<script>"));
            assertThat(r.statusCode()).as(facet).isBetween(200, 499);
            assertThat(r.body()).as(facet).doesNotContain("<script>\"").doesNotContain("DROP ALL #<script>");
        }
        assertThat(personCount()).isEqualTo(persons);
    }

    @Test
    void conceptAndSourcePagesListingThePersonShowTheNameAsText() {
        Model m = turtle(personPath.replace("/page/", "/data/") + ".ttl");
        String nationality = m.listObjectsOfProperty(m.createProperty(ESM, "nationality")).next().asResource().getURI();
        String source = sourceOf();
        List<String> pages = List.of(nationality.replace("https://w3id.org/esimder/vocab/", "/page/vocab/"), source);
        for (String page : pages) {
            HttpResponse<String> r = http.get(page + "?lang=en");
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.body()).as(page).contains(personPath);
            assertNoLiveMarkup(r.body());
        }
        assertThat(http.get(source).body()).contains("Список &lt;/title&gt;&lt;script&gt;alert(3)");
    }

    @Test
    void dataDocumentsCarryTheTextUnchangedInEveryFormat() {
        String data = personPath.replace("/page/", "/data/");
        for (String ext : new String[] {"ttl", "jsonld", "rdf", "nt"}) {
            HttpResponse<String> r = http.get(data + "." + ext);
            assertThat(r.statusCode()).as(ext).isEqualTo(200);
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), switch (ext) {
                case "ttl" -> Lang.TURTLE;
                case "jsonld" -> Lang.JSONLD;
                case "rdf" -> Lang.RDFXML;
                default -> Lang.NTRIPLES;
            }).base("http://localhost:8080/").parse(m);
            assertThat(literals(m, "surname")).as(ext).containsExactly(SURNAME);
            assertThat(literals(m, "occupation")).as(ext).containsExactly(OCCUPATION);
            // The name normaliser title-cases given names («Drop All»): compare with what the converter wrote.
            assertThat(literals(m, "givenName")).as(ext).containsExactlyElementsOf(literals(converted, "givenName"));
        }
    }

    @Test
    void theDumpCarriesTheTextUnchanged() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var dump = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                + "/dumps/esimder.nq.gz")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(dump.statusCode()).isEqualTo(200);
        Dataset ds = DatasetFactory.create();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(dump.body()))).lang(Lang.NQUADS).parse(ds.asDatasetGraph());
        Model union = ModelFactory.createDefaultModel();
        ds.listModelNames().forEachRemaining(n -> union.add(ds.getNamedModel(n)));
        assertThat(literals(union, "surname")).contains(SURNAME);
    }

    @Test
    void noPersonalDataOrQueryTextReachesTheLogAtInfo() {
        http.get(personPath + "?lang=kk");
        http.get(personPath.replace("/page/", "/data/") + ".jsonld");
        http.get("/search?q=" + enc("Злойрусов"));
        String query = "SELECT ?p WHERE { ?p <" + ESM + "surname> \"Джансугуров\" }";
        assertThat(http.get("/sparql?query=" + enc(query), "Accept", "application/sparql-results+json").body())
                .contains("cardfile-kk-6");
        List<String> infoLines = log.linesAtInfoOrAbove();
        assertThat(infoLines).as("the capture must see the site's own INFO logging").isNotEmpty();
        String person = personPath.substring(personPath.lastIndexOf('/') + 1);
        for (String secret : new String[] {"Злойрусов", "Джансугуров", "Агеев", "cardfile-kk-6", person, "DROP ALL",
                "surname", enc("Злойрусов"), "alert(", "window.x"}) {
            assertThat(infoLines).as(secret).noneMatch(l -> l.contains(secret));
        }
    }

    private String sourceOf() {
        String q = "SELECT ?s { ?s a <" + ESM + "Source> ; <http://purl.org/dc/terms/title> ?t FILTER(CONTAINS(STR(?t), \"alert(3)\")) }";
        String body = http.get("/sparql?query=" + enc(q), "Accept", "text/csv").body();
        String iri = body.lines().skip(1).findFirst().orElseThrow(() -> new AssertionError("no source titled with the hostile text: " + body)).strip();
        return iri.substring(live.settings().base().length() - 1).replace("/id/", "/page/");
    }

    private long personCount() {
        String body = http.get("/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) { ?p a <" + ESM + "Person> }"), "Accept", "text/csv").body();
        return Long.parseLong(body.lines().skip(1).findFirst().orElseThrow().strip());
    }

    private Model turtle(String path) {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        return m;
    }

    private static List<String> literals(Model m, String property) {
        List<String> values = new ArrayList<>();
        m.listObjectsOfProperty(m.createProperty(ESM, property)).forEachRemaining(o -> values.add(o.asLiteral().getLexicalForm()));
        return values;
    }

    /** No element or attribute made from the record's text: the hostile tags never appear unescaped. */
    static void assertNoLiveMarkup(String html) {
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<script>window").doesNotContain("<img src=x").doesNotContain("</title><script>")
                .doesNotContain("'><img");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
