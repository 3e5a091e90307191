package kz.esimder.site.dataset;

import kz.esimder.site.data.Iris;
import kz.esimder.site.data.RdfStore;
import org.apache.jena.query.ParameterizedSparqlString;
import org.springframework.stereotype.Component;

/** Counts of the dataset (triples, persons, events, sources), computed once per store version. */
@Component
public class DatasetCounts {
    /** The figures shown on the home and dataset pages and in VoID. */
    public record Counts(long triples, long persons, long events, long sources, long rehabilitated) {}

    private final RdfStore store;
    private volatile long version = -1;
    private volatile Counts counts;

    private final Iris iris;

    DatasetCounts(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    public Counts get() {
        long v = store.version();
        if (v != version || counts == null) {
            counts = compute();
            version = v;
        }
        return counts;
    }

    private Counts compute() {
        long[] c = new long[5];
        String[] names = {"triples", "persons", "events", "sources", "rehabilitated"};
        for (int i = 0; i < names.length; i++) {
            c[i] = count(names[i]);
        }
        return new Counts(c[0], c[1], c[2], c[3], c[4]);
    }

    private long count(String which) {
        String body = switch (which) {
            case "triples" -> "{ ?s ?p ?o }";
            // people, not records: a person merged into another (its IRI retired) is counted once, as the survivor
            case "persons" -> "{ ?s a esm:Person FILTER NOT EXISTS { GRAPH ?dedup { ?s <http://www.w3.org/2002/07/owl#sameAs> ?x } } }";
            // an event two merged records both state is one event, as in the statistics: the statement
            // deduplication links esm:sameEventAs the kept one is not counted again
            case "events" -> "{ ?s a esm:RepressionEvent FILTER NOT EXISTS { GRAPH ?dedup { ?s esm:sameEventAs ?x } } }";
            case "sources" -> "{ ?s a esm:Source }";
            default -> "{ SELECT DISTINCT ?s WHERE { ?e esm:eventType <https://w3id.org/esimder/vocab/event-type/rehabilitation> ; esm:person ?s } }";
        };
        ParameterizedSparqlString q = new ParameterizedSparqlString(
                "PREFIX esm: <https://w3id.org/esimder/ontology#> SELECT (COUNT(*) AS ?n) WHERE " + body);
        q.setIri("dedup", iris.dedupGraph());
        return store.select(q).get(0).getLiteral("n").getLong();
    }
}
