package kz.esimder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A source marked {@code esm:restricted true} (closed-list.nq, a planted person «Секретов Сергей
 * Петрович») reaches no public query: not GRAPH ?g, not the union default graph, not DESCRIBE,
 * not the name index, not a text match on the record's verbatim text.
 */
class RestrictedPrivacyTest extends EndpointOverTestData {

    @Test
    void noPublicQueryReachesARestrictedRecord() {
        String p = PublicEndpointProtocolTest.PREFIXES;
        List<String> probes = List.of(
                "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }",
                "SELECT * { ?s ?p ?o }",
                "SELECT * { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?s), \"closed-list\") || CONTAINS(STR(?o), \"Секрет\")) }",
                "SELECT * { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"Секретов\") || CONTAINS(STR(?o), \"СЕКРЕТОВ\")) }",
                "SELECT * { GRAPH <" + TestData.RESTRICTED_GRAPH + "> { ?s ?p ?o } }",
                "SELECT * { <" + TestData.RESTRICTED_PERSON + "> ?p ?o }",
                "SELECT * { ?s ?p <" + TestData.RESTRICTED_PERSON + "> }",
                "SELECT * FROM <" + TestData.RESTRICTED_GRAPH + "> { ?s ?p ?o }",
                "SELECT * FROM NAMED <" + TestData.RESTRICTED_GRAPH + "> { GRAPH ?g { ?s ?p ?o } }",
                "SELECT * { ?s <https://w3id.org/esimder/ontology#restricted> ?o }",
                p + "SELECT * { ?s text:query (esmtext:name \"Секретов\") }",
                p + "SELECT * { ?s text:query \"Секретов\" }",
                p + "SELECT * { ?s text:query (esm:surname \"секретов\") }");
        for (String q : probes) {
            HttpResponse<String> r = Http.query(endpoint.sparql(), q, "text/csv");
            assertThat(r.statusCode()).as(q).isEqualTo(200);
            assertThat(r.body()).as(q).doesNotContain("closed-list").doesNotContain("Секретов").doesNotContain("СЕКРЕТОВ");
        }
        for (String q : List.of("DESCRIBE <" + TestData.RESTRICTED_PERSON + ">",
                "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
                "DESCRIBE ?s WHERE { ?s a <https://w3id.org/esimder/ontology#Person> }")) {
            HttpResponse<String> r = Http.query(endpoint.sparql(), q, "application/n-triples");
            assertThat(r.statusCode()).as(q).isEqualTo(200);
            assertThat(r.body()).as(q).doesNotContain("closed-list").doesNotContain("Секретов");
        }
        // The public data is there: the probes could have found something.
        assertThat(Http.query(endpoint.sparql(), "SELECT * { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"Агеев\")) }", "text/csv").body())
                .contains("Агеев");
        assertThat(Http.query(endpoint.sparql(), "ASK { ?s <https://w3id.org/esimder/ontology#restricted> ?o }",
                "application/sparql-results+json").body()).contains("false");
    }
}
