package kz.esimder.site.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.esimder.ontology.Vocab;
import org.apache.jena.query.ParameterizedSparqlString;
import org.springframework.stereotype.Component;

/**
 * The people linked to a concept or a source, counted and paged in SPARQL (COUNT, LIMIT/OFFSET):
 * never loaded whole. Concepts of event vocabularies (organs, charges, camps, …) reach people through
 * events, person vocabularies (nationality, gender) directly, places both ways. Totals are cached
 * until the data changes: counting an organ with 50,000 victims takes about a second, a page of
 * names a few milliseconds.
 */
@Component
public class LinkedPeople {
    /** One page of persons and the total count. */
    public record Page(List<String> persons, long total, boolean more) {}

    private static final String PREFIXES = """
            PREFIX esm: <https://w3id.org/esimder/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            """;
    // ?rp: the person as its record gives it; ?p: that person now, the survivor when deduplication merged it
    private static final String VIA_EVENTS = "{ ?e ?prop ?c . ?e esm:person ?rp }";
    private static final String DIRECT = "{ ?rp ?prop2 ?c . ?rp a esm:Person }";
    private static final String VIA_SOURCE = "{ ?rec esm:inSource ?c . ?rp prov:wasDerivedFrom ?rec . ?rp a esm:Person }";
    private static final String SURVIVOR = " OPTIONAL { GRAPH ?dedup { ?rp owl:sameAs ?survivor } } BIND(COALESCE(?survivor, ?rp) AS ?p) ";
    private static final Set<String> PERSON_SCHEMES = Set.of(Vocab.NATIONALITY, Vocab.GENDER);
    private static final int MAX_CACHED = 20_000;

    private final RdfStore store;
    private final Iris iris;
    private final Map<String, Long> totals = new ConcurrentHashMap<>();
    private volatile long cachedVersion = -1;

    public LinkedPeople(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    /**
     * Counts the people of every organ in one query, in the background once the site is up, so that
     * no visitor waits for the count of a large organ (organs reach people only through esm:organ).
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void warm() {
        Thread counter = new Thread(() -> {
            long version = store.version();
            ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES
                    + "SELECT ?c (COUNT(DISTINCT ?p) AS ?n) WHERE { ?e esm:organ ?c . ?e esm:person ?rp " + SURVIVOR + "} GROUP BY ?c");
            q.setIri("dedup", iris.dedupGraph());
            var rows = store.select(q);
            if (version == store.version()) {
                cachedVersion = version;
                rows.forEach(r -> totals.putIfAbsent(VIA_EVENTS + " " + r.getResource("c").getURI(),
                        r.getLiteral("n").getLong()));
            }
        }, "esimder-organ-counts");
        counter.setDaemon(true);
        counter.start();
    }

    public Page ofConcept(String iri, String scheme, Paging paging) {
        String pattern;
        if (PERSON_SCHEMES.contains(scheme)) {
            pattern = DIRECT;
        } else if (Vocab.PLACE.equals(scheme)) {
            pattern = VIA_EVENTS + " UNION " + DIRECT;
        } else {
            pattern = VIA_EVENTS;
        }
        return page(pattern, iri, paging);
    }

    public Page ofSource(String iri, Paging paging) {
        return page(VIA_SOURCE, iri, paging);
    }

    private Page page(String pattern, String iri, Paging paging) {
        long total = total(pattern, iri);
        ParameterizedSparqlString rows = new ParameterizedSparqlString(PREFIXES + "SELECT DISTINCT ?p WHERE { { " + pattern + " }" + SURVIVOR + "}");
        rows.setIri("c", iri);
        rows.setIri("dedup", iris.dedupGraph());
        List<String> persons = new ArrayList<>();
        store.select(paging.appendTo(rows)).forEach(r -> persons.add(r.getResource("p").getURI()));
        boolean more = persons.size() > paging.size();
        return new Page(more ? persons.subList(0, paging.size()) : persons, total, more);
    }

    private long total(String pattern, String iri) {
        long version = store.version();
        if (version != cachedVersion || totals.size() > MAX_CACHED) {
            totals.clear();
            cachedVersion = version;
        }
        return totals.computeIfAbsent(pattern + " " + iri, k -> {
            ParameterizedSparqlString count = new ParameterizedSparqlString(
                    PREFIXES + "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { { " + pattern + " }" + SURVIVOR + "}");
            count.setIri("c", iri);
            count.setIri("dedup", iris.dedupGraph());
            return store.select(count).get(0).getLiteral("n").getLong();
        });
    }
}
