package kz.esimder.convert.link.name;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Adds {@code esm:nameKey} and {@code esm:transliteration} to every person of a loaded dataset that
 * has no name key yet, in the person's own graph: the same triples {@link PersonNameTriples} gives
 * the mapper, for data converted before the mapper emitted them. Idempotent.
 */
public final class PersonNameEnricher {
    private static final String WITHOUT_KEY = """
            PREFIX esm: <https://w3id.org/esimder/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?g ?p ?label ?surname ?given ?patronymic ?variant WHERE {
              GRAPH ?g {
                ?p a esm:Person .
                FILTER NOT EXISTS { ?p esm:nameKey ?key }
                OPTIONAL { ?p rdfs:label ?label }
                OPTIONAL { ?p esm:surname ?surname }
                OPTIONAL { ?p esm:givenName ?given }
                OPTIONAL { ?p esm:patronymic ?patronymic }
                OPTIONAL { ?p esm:nameVariant ?variant }
              }
              FILTER (!STRSTARTS(STR(?g), ?linksets))
            }""";

    private PersonNameEnricher() {}

    /** @return how many persons were given a name key */
    public static int enrich(Dataset dataset, String base) {
        Names names = find(dataset, base);
        kz.esimder.convert.link.LinkWriter.transaction().write(dataset, List.of(), names::writeTo);
        return names.count();
    }

    /** Reads the persons that have no name key yet; {@link Names#writeTo} then gives their triples. */
    public static Names find(Dataset dataset, String base) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(WITHOUT_KEY);
        q.setLiteral("linksets", base + "graph/linkset/");
        Map<List<Node>, Name> names = new LinkedHashMap<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create(q.asQuery(), dataset)) {
                qe.execSelect().forEachRemaining(r -> {
                    Name n = names.computeIfAbsent(List.of(r.getResource("g").asNode(), r.getResource("p").asNode()), k -> new Name());
                    n.label = text(n.label, r, "label");
                    n.surname = text(n.surname, r, "surname");
                    n.given = text(n.given, r, "given");
                    n.patronymic = text(n.patronymic, r, "patronymic");
                    if (r.contains("variant")) n.variants.add(r.getLiteral("variant").getLexicalForm());
                });
            }
        });
        return new Names(names);
    }

    /** The persons found without a name key, by graph and IRI. */
    public static final class Names {
        private final Map<List<Node>, Name> names;

        private Names(Map<List<Node>, Name> names) {
            this.names = names;
        }

        /** How many persons had no name key. */
        public int count() {
            return names.size();
        }

        /** Sends each person's name key and transliterations, in the person's own graph (worked out here, as they are sent). */
        public void writeTo(StreamRDF out) {
            names.forEach((gp, n) -> {
                if (n.label == null) return;
                for (Triple t : PersonNameTriples.of(gp.get(1), n.label, n.surname, n.given, n.patronymic, new ArrayList<>(n.variants))) {
                    out.quad(Quad.create(gp.get(0), t));
                }
            });
        }
    }

    private static String text(String current, org.apache.jena.query.QuerySolution r, String var) {
        return current != null || !r.contains(var) ? current : r.getLiteral(var).getLexicalForm();
    }

    private static final class Name {
        String label, surname, given, patronymic;
        final Set<String> variants = new LinkedHashSet<>();
    }
}
