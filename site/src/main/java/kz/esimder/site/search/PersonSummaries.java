package kz.esimder.site.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.esimder.site.data.Iris;
import kz.esimder.site.data.RdfStore;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.springframework.stereotype.Component;

/** One line per person in a result list: name, birth year, rehabilitation; one query per page. */
@Component
public class PersonSummaries {
    /** A result row. {@code name} is null when the record gives none. */
    public record Summary(String iri, String path, String name, Integer birthYear, boolean rehabilitated) {}

    private static final String QUERY = """
            PREFIX esm: <https://w3id.org/esimder/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?p (SAMPLE(?l) AS ?name) (SAMPLE(?w) AS ?written) (MIN(?y) AS ?year) (SAMPLE(?r) AS ?rehab) WHERE {
              VALUES (?p) { ?persons }
              OPTIONAL { ?p rdfs:label ?l }
              OPTIONAL { ?p esm:nameAsWritten ?w }
              OPTIONAL { ?p esm:birthYear ?y }
              BIND(EXISTS { ?e esm:person ?p ; esm:eventType <https://w3id.org/esimder/vocab/event-type/rehabilitation> } AS ?r)
            } GROUP BY ?p""";

    private final RdfStore store;
    private final Iris iris;

    PersonSummaries(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    public List<Summary> of(List<String> persons) {
        if (persons.isEmpty()) {
            return List.of();
        }
        ParameterizedSparqlString q = new ParameterizedSparqlString(QUERY);
        q.setValues("persons", persons.stream().map(p -> (RDFNode) ResourceFactory.createResource(p)).toList());
        Map<String, Summary> found = new HashMap<>();
        for (var row : store.select(q)) {
            String p = row.getResource("p").getURI();
            String name = row.contains("name") ? row.getLiteral("name").getLexicalForm()
                    : row.contains("written") ? row.getLiteral("written").getLexicalForm() : null;
            Integer year = null;
            if (row.contains("year")) {
                try {
                    year = row.getLiteral("year").getInt();
                } catch (RuntimeException notANumber) {
                    year = null;
                }
            }
            found.put(p, new Summary(p, iris.pageOf(p), name, year,
                    row.contains("rehab") && row.getLiteral("rehab").getBoolean()));
        }
        return persons.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }
}
