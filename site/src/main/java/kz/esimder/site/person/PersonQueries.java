package kz.esimder.site.person;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import kz.esimder.site.data.RdfStore;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.springframework.stereotype.Component;

/** The SPARQL behind a person page: the person's neighbourhood, and which graph each fact came from. */
@Component
class PersonQueries {
    private static final String NEIGHBOURHOOD = """
            PREFIX esm: <https://w3id.org/esimder/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            CONSTRUCT { ?r ?p ?o . ?e ?ep ?eo . ?rec ?rp ?ro . ?src ?sp ?so . ?alias ?ap ?r }
            WHERE {
              { ?r ?p ?o }
              UNION { ?e esm:person ?r . ?e ?ep ?eo }
              UNION { { ?r prov:wasDerivedFrom ?rec } UNION { ?e2 esm:person ?r . ?e2 prov:wasDerivedFrom ?rec }
                      ?rec ?rp ?ro }
              UNION { { ?r prov:wasDerivedFrom ?rec2 } UNION { ?e3 esm:person ?r . ?e3 prov:wasDerivedFrom ?rec2 }
                      ?rec2 esm:inSource ?src . ?src ?sp ?so }
              UNION { VALUES ?ap { <http://www.w3.org/2002/07/owl#sameAs> } ?alias ?ap ?r }
            }""";
    private static final String FACT_GRAPHS = "SELECT ?g ?p ?o WHERE { GRAPH ?g { ?r ?p ?o } }";

    private final RdfStore store;

    PersonQueries(RdfStore store) {
        this.store = store;
    }

    Model neighbourhood(String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(NEIGHBOURHOOD);
        q.setIri("r", iri);
        return store.construct(q);
    }

    /** For each "property value" of the person, the named graphs (sources) that state it. */
    Map<String, Set<String>> factGraphs(String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(FACT_GRAPHS);
        q.setIri("r", iri);
        Map<String, Set<String>> graphs = new HashMap<>();
        for (var row : store.select(q)) {
            graphs.computeIfAbsent(key(row.getResource("p").getURI(), row.get("o").asNode().toString()),
                    k -> new LinkedHashSet<>()).add(row.getResource("g").getURI());
        }
        return graphs;
    }

    static String key(String property, String value) {
        return property + " " + value;
    }
}
