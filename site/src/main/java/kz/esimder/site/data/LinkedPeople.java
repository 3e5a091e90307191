package kz.esimder.site.data;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ParameterizedSparqlString;
import org.springframework.stereotype.Component;

/**
 * The people linked to a concept or a source, counted and paged in SPARQL (COUNT, LIMIT/OFFSET):
 * never loaded whole, so an organ with tens of thousands of victims costs one page.
 */
@Component
public class LinkedPeople {
    /** One page of persons and the total count. */
    public record Page(List<String> persons, long total, boolean more) {}

    private static final String VIA_CONCEPT = """
            PREFIX esm: <https://w3id.org/esimder/ontology#>
            SELECT %s WHERE {
              { ?e ?prop ?c . ?e esm:person ?p } UNION { ?p ?prop2 ?c . ?p a esm:Person }
            }""";
    private static final String VIA_SOURCE = """
            PREFIX esm: <https://w3id.org/esimder/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT %s WHERE { ?rec esm:inSource ?c . ?p prov:wasDerivedFrom ?rec . ?p a esm:Person }""";

    private final RdfStore store;

    public LinkedPeople(RdfStore store) {
        this.store = store;
    }

    public Page ofConcept(String iri, Paging paging) {
        return page(VIA_CONCEPT, iri, paging);
    }

    public Page ofSource(String iri, Paging paging) {
        return page(VIA_SOURCE, iri, paging);
    }

    private Page page(String template, String iri, Paging paging) {
        ParameterizedSparqlString count = new ParameterizedSparqlString(template.formatted("(COUNT(DISTINCT ?p) AS ?n)"));
        count.setIri("c", iri);
        long total = store.select(count).get(0).getLiteral("n").getLong();
        ParameterizedSparqlString rows = new ParameterizedSparqlString(template.formatted("DISTINCT ?p"));
        rows.setIri("c", iri);
        List<String> persons = new ArrayList<>();
        store.select(paging.appendTo(rows)).forEach(r -> persons.add(r.getResource("p").getURI()));
        boolean more = persons.size() > paging.size();
        return new Page(more ? persons.subList(0, paging.size()) : persons, total, more);
    }
}
