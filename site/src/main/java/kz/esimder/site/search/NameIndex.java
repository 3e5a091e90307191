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
 * store's text index (Lucene) is wired in; it holds one entry per name token.
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
                    s.exact.computeIfAbsent(token, k -> new java.util.HashSet<>()).add(id);
                    String skeleton = NameFolding.skeleton(token);
                    if (skeleton.length() >= 3) {
                        s.skeleton.computeIfAbsent(skeleton, k -> new java.util.HashSet<>()).add(id);
                    }
                }
            }
        });
        return s;
    }

    private static final class Snapshot {
        final long version;
        final List<String> persons = new ArrayList<>();
        final NavigableMap<String, java.util.Set<Integer>> exact = new TreeMap<>();
        final Map<String, java.util.Set<Integer>> skeleton = new HashMap<>();

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
                skeleton.getOrDefault(sk, java.util.Set.of()).forEach(id -> m.merge(id, 1, Math::max));
            }
            exact.getOrDefault(token, java.util.Set.of()).forEach(id -> m.merge(id, 3, Math::max));
            return m;
        }
    }
}
