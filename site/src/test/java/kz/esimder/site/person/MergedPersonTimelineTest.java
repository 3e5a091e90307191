package kz.esimder.site.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import kz.esimder.site.SiteHttp;
import kz.esimder.site.data.RdfStore;
import kz.esimder.site.dataset.DatasetCounts;
import kz.esimder.site.statistics.StatisticsQueries;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person merged from records of several lists (cardfile-kk-2: the card file, a note and a Stalin-list
 * entry) has one timeline entry per event, listing every source, and the rehabilitation statistics
 * count it once; the event charts count each such event once too (deduplication links the other
 * statements {@code esm:sameEventAs} the first, by the rule the timeline uses).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MergedPersonTimelineTest {
    @LocalServerPort
    int port;
    @Autowired
    StatisticsQueries statistics;
    @Autowired
    RdfStore store;
    @Autowired
    DatasetCounts counts;

    @Test
    void theSameEventFromTwoSourcesIsOneEntryListingBoth() {
        String page = new SiteHttp(port).get("/page/person/cardfile-kk-2?lang=en").body();
        for (String type : new String[] {"arrest", "sentence", "rehabilitation"}) {
            var entries = Pattern.compile("<li class=\"event-" + type + "\">(.*?)</li>", Pattern.DOTALL).matcher(page).results().toList();
            assertThat(entries).as(type).hasSize(1);
            assertThat(entries.get(0).group(1)).as(type)
                    .contains("href=\"/page/record/cardfile-kk-2\"").contains("href=\"/page/record/spravki-sample-2\"");
        }
    }

    @Test
    void statisticsCountAMergedPersonOnce() {
        long persons = count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a esm:Person }");
        long retired = count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH <http://localhost:8080/graph/linkset/dedup> { ?p owl:sameAs ?s } ?p a esm:Person }");
        assertThat(retired).isPositive();
        long rehabilitationTotal = statistics.run("rehabilitation", Locale.ENGLISH).stream().mapToLong(StatisticsQueries.Bar::count).sum();
        assertThat(rehabilitationTotal).isEqualTo(persons - retired);
    }

    @Test
    void theYearChartCountsAnEventMergedRecordsStateTwiceOnce() {
        long linked = count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e esm:sameEventAs ?kept ; esm:dateBegin ?b }");
        assertThat(linked).as("dated events of merged persons that another of their records states").isPositive();
        long dated = count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a esm:RepressionEvent ; esm:dateBegin ?b }");
        long charted = statistics.run("by-year", Locale.ENGLISH).stream().mapToLong(StatisticsQueries.Bar::count).sum();
        assertThat(charted).isEqualTo(dated - linked);
    }

    @Test
    void theDatasetPageAndVoidCountSuchAnEventOnce() {
        long linked = count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e esm:sameEventAs ?kept }");
        assertThat(linked).isPositive();
        long events = count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a esm:RepressionEvent }") - linked;
        assertThat(counts.get().events()).isEqualTo(events);
        SiteHttp http = new SiteHttp(port);
        assertThat(http.get("/dataset?lang=en").body()).contains("<td>" + events + "</td>");
        Model voidDescription = ModelFactory.createDefaultModel();
        RDFParser.fromString(http.get("/.well-known/void", "Accept", "text/turtle").body(), Lang.TURTLE).parse(voidDescription);
        String partition = "SELECT ?n WHERE { ?p <http://rdfs.org/ns/void#class> <https://w3id.org/esimder/ontology#RepressionEvent> ;"
                + " <http://rdfs.org/ns/void#entities> ?n }";
        try (QueryExecution q = QueryExecutionFactory.create(partition, voidDescription)) {
            assertThat(q.execSelect().next().getLiteral("n").getLong()).isEqualTo(events);
        }
    }

    private long count(String select) {
        return store.select(new ParameterizedSparqlString("PREFIX esm: <https://w3id.org/esimder/ontology#>\n"
                + "PREFIX owl: <http://www.w3.org/2002/07/owl#>\n" + select)).get(0).getLiteral("n").getLong();
    }
}
