package kz.esimder.site.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import kz.esimder.convert.link.name.NameKey;
import kz.esimder.site.data.Iris;
import kz.esimder.site.data.RdfStore;
import org.apache.jena.query.ParameterizedSparqlString;
import org.springframework.stereotype.Component;

/**
 * Person names by the name key deduplication uses ({@link NameKey}, docs/linking.md), in memory: each
 * person's word keys (its {@code esm:nameKey}, and {@link NameKey#word} of every word of its names, so
 * a patronymic typed alone still finds it). A query is keyed by {@link NameKey#of} and answers the
 * persons holding every word key of it ({@link NameKey#matches}): exactly, or as a prefix for a word
 * still being typed. A retired (merged) person's words count for its survivor, which alone is listed.
 * Rebuilt when the store's version changes; one int per (word key, person).
 */
@Component
class NameIndex {
    private static final String NAMES = """
            PREFIX esm: <https://w3id.org/esimder/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            SELECT ?p ?np ?n ?survivor WHERE {
              ?p a esm:Person .
              VALUES ?np { esm:nameKey rdfs:label esm:nameAsWritten esm:nameVariant esm:transliteration esm:patronymic }
              ?p ?np ?n
              OPTIONAL { GRAPH ?dedup { ?p owl:sameAs ?survivor } }
            }""";
    /** Shortest word key matched as a prefix: two consonants already narrow a list of names a lot. */
    private static final int PREFIX_MIN = 3;

    private final RdfStore store;
    private final Iris iris;
    private volatile Snapshot snapshot;

    NameIndex(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    /** Builds the index in the background once the site is up, so the first search does not wait for it. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void warm() {
        Thread builder = new Thread(this::current, "esimder-name-index");
        builder.setDaemon(true);
        builder.start();
    }

    /** The word keys of a query: its name key, or for a name of patronymics only the key of each word. */
    static List<String> queryWords(String query) {
        String key = NameKey.of(query);
        if (!key.isBlank()) {
            return List.of(key.split(" "));
        }
        Set<String> words = new LinkedHashSet<>();
        for (String w : query.split("[^\\p{L}\\p{M}'ʹ]+")) {
            String k = w.isBlank() ? "" : NameKey.word(w);
            if (!k.isEmpty()) words.add(k);
        }
        return List.copyOf(words);
    }

    /** Persons whose names hold every word key of the query, best first, at most {@code limit}. */
    List<String> find(String query, int limit) {
        List<String> words = queryWords(query);
        if (words.isEmpty()) {
            return List.of();
        }
        Snapshot s = current();
        Map<Integer, Integer> scores = null;
        for (String word : words) {
            Map<Integer, Integer> matches = s.match(word);
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
        ParameterizedSparqlString q = new ParameterizedSparqlString(NAMES);
        q.setIri("dedup", iris.dedupGraph());
        store.selectEach(q, row -> {
            // the survivor of a merged person holds its words: one hit per person, at its current IRI
            String person = (row.contains("survivor") ? row.getResource("survivor") : row.getResource("p")).getURI();
            int id = ids.computeIfAbsent(person, k -> { s.persons.add(k); return s.persons.size() - 1; });
            if (!row.get("n").isLiteral()) {
                return;
            }
            String text = row.getLiteral("n").getLexicalForm();
            if (row.getResource("np").getLocalName().equals("nameKey")) {
                for (String w : text.split(" ")) s.add(w, id);
            } else {
                for (String w : text.split("[^\\p{L}\\p{M}'ʹ]+")) {
                    if (!w.isBlank()) s.add(NameKey.word(w), id);
                }
            }
        });
        return s;
    }

    /** The persons (ids) having a word key: a growable int array, four bytes a posting. */
    private static final class Postings {
        static final Postings EMPTY = new Postings();
        private int[] ids = new int[2];
        private int size;

        void add(int id) {
            if (size > 0 && ids[size - 1] == id) {
                return; // a repeat in a row; other repeats are merged when a query scores the ids
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
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
        final NavigableMap<String, Postings> words = new TreeMap<>();

        Snapshot(long version) {
            this.version = version;
        }

        void add(String word, int id) {
            if (!word.isEmpty()) {
                words.computeIfAbsent(word, k -> new Postings()).add(id);
            }
        }

        /** Person ids holding a word key: the key itself 2, a longer key it begins (three letters or more) 1. */
        Map<Integer, Integer> match(String word) {
            Map<Integer, Integer> m = new HashMap<>();
            if (word.length() >= PREFIX_MIN) {
                words.subMap(word, false, word + Character.MAX_VALUE, false).values()
                        .forEach(ids -> ids.forEach(id -> m.merge(id, 1, Math::max)));
            }
            words.getOrDefault(word, Postings.EMPTY).forEach(id -> m.merge(id, 2, Math::max));
            return m;
        }
    }
}
