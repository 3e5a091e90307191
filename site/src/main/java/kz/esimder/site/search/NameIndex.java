package kz.esimder.site.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import kz.esimder.site.data.RdfStore;
import org.apache.jena.query.ParameterizedSparqlString;
import org.springframework.stereotype.Component;

/**
 * Person names, folded by {@link NameFolding}, in memory: exact token, token prefix and consonant
 * skeleton lookups. Rebuilt when the store's version changes. This is the site's own index until the
 * store's Lucene index can do the same folding; it holds one int per (name token, person).
 */
@Component
class NameIndex {
    private static final String NAMES = """
            PREFIX esm: <https://w3id.org/esimder/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?p ?n WHERE {
              ?p a esm:Person .
              VALUES ?np { rdfs:label esm:nameAsWritten esm:nameVariant esm:transliteration esm:surname esm:givenName esm:patronymic }
              ?p ?np ?n }""";

    private final RdfStore store;
    private volatile Snapshot snapshot;

    NameIndex(RdfStore store) {
        this.store = store;
    }

    /** Builds the index in the background once the site is up, so the first search does not wait for it. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void warm() {
        Thread builder = new Thread(this::current, "esimder-name-index");
        builder.setDaemon(true);
        builder.start();
    }

    /** Persons whose names match every query token, best first, at most {@code limit}. */
    List<String> find(String query, int limit) {
        List<String> tokens = NameFolding.tokens(query);
        if (tokens.isEmpty()) {
            return List.of();
        }
        Snapshot s = current();
        Map<Integer, Integer> scores = null;
        for (String token : tokens) {
            Map<Integer, Integer> matches = s.match(token);
            if (scores == null) {
                scores = matches;
            } else {
                Map<Integer, Integer> both = new HashMap<>();
                for (var e : matches.entrySet()) {
                    Integer before = scores.get(e.getKey());
                    if (before != null) {
                        both.put(e.getKey(), before + e.getValue());
                    }
                }
                scores = both;
            }
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(e -> s.persons.get(e.getKey())))
                .limit(limit).map(e -> s.persons.get(e.getKey())).toList();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        long version = store.version();
        if (s == null || s.version != version) {
            synchronized (this) {
                s = snapshot;
                if (s == null || s.version != version) {
                    s = build(version);
                    snapshot = s;
                }
            }
        }
        return s;
    }

    private Snapshot build(long version) {
        Snapshot s = new Snapshot(version);
        Map<String, Integer> ids = new LinkedHashMap<>();
        store.selectEach(new ParameterizedSparqlString(NAMES), row -> {
            String person = row.getResource("p").getURI();
            int id = ids.computeIfAbsent(person, k -> { s.persons.add(k); return s.persons.size() - 1; });
            if (row.get("n").isLiteral()) {
                for (String token : NameFolding.tokens(row.getLiteral("n").getLexicalForm())) {
                    s.exact.computeIfAbsent(token, k -> new Postings()).add(id);
                    String skeleton = NameFolding.skeleton(token);
                    if (skeleton.length() >= 3) {
                        s.skeleton.computeIfAbsent(skeleton, k -> new Postings()).add(id);
                    }
                }
            }
        });
        return s;
    }

    /** The persons (ids) having a token: a growable int array, four bytes a posting. */
    private static final class Postings {
        static final Postings EMPTY = new Postings();
        private int[] ids = new int[2];
        private int size;

        void add(int id) {
            if (size > 0 && ids[size - 1] == id) {
                return; // a repeat in a row; other repeats are merged when a query scores the ids
            }
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        void forEach(java.util.function.IntConsumer action) {
            for (int i = 0; i < size; i++) {
                action.accept(ids[i]);
            }
        }
    }

    private static final class Snapshot {
        final long version;
        final List<String> persons = new ArrayList<>();
        final NavigableMap<String, Postings> exact = new TreeMap<>();
        final Map<String, Postings> skeleton = new HashMap<>();

        Snapshot(long version) {
            this.version = version;
        }

        /** Person ids matching one token: exact 3, prefix 2 (three letters or more), skeleton 1. */
        Map<Integer, Integer> match(String token) {
            Map<Integer, Integer> m = new HashMap<>();
            if (token.length() >= 3) {
                exact.subMap(token, true, token + Character.MAX_VALUE, false).values()
                        .forEach(ids -> ids.forEach(id -> m.merge(id, 2, Math::max)));
            }
            String sk = NameFolding.skeleton(token);
            if (sk.length() >= 3) {
                skeleton.getOrDefault(sk, Postings.EMPTY).forEach(id -> m.merge(id, 1, Math::max));
            }
            exact.getOrDefault(token, Postings.EMPTY).forEach(id -> m.merge(id, 3, Math::max));
            return m;
        }
    }
}
