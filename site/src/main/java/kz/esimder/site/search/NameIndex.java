package kz.esimder.site.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kz.esimder.convert.link.name.NameKey;
import kz.esimder.site.data.Iris;
import kz.esimder.site.data.RdfStore;
import org.apache.jena.query.ParameterizedSparqlString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Person names by the name key deduplication uses ({@link NameKey}, docs/linking.md), in memory: each
 * person's word keys (its {@code esm:nameKey}, and {@link NameKey#word} of every word of its names, so
 * a patronymic typed alone still finds it). A query is keyed by {@link NameKey#of} and answers the
 * persons holding every word key of it ({@link NameKey#matches}): exactly, or as a prefix for a word
 * still being typed. A retired (merged) person's words count for its survivor, which alone is listed.
 *
 * <p>Compact, so that 1,000,000 persons fit well inside the site's heap: the persons are one sorted
 * array of IRIs (without the common {@code {base}id/person/} prefix), each word key a sorted array of
 * person numbers, four bytes a posting. Built in the background (once at start, again when the
 * store's version changes), never by a request: a request waits a few seconds for the first build,
 * then gets {@link NotReadyException}; after a store switch it waits two seconds for the new index,
 * then the previous one answers until the new one is ready.
 */
@Component
class NameIndex {
    private static final Logger LOG = LoggerFactory.getLogger(NameIndex.class);
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
    /** How long a search waits for the first build before it is told to come back. */
    private static final long FIRST_BUILD_WAIT_SECONDS = 10;
    /** How long a search waits for a rebuild (the data changed) before the previous index answers. */
    private static final long REBUILD_WAIT_SECONDS = 2;

    /** The index is not built yet (the site has just started over a large store). */
    static final class NotReadyException extends RuntimeException {
        NotReadyException() {
            super("the name index is being built");
        }
    }

    /** The best persons (at most the limit asked), and how many matched in all. */
    record Hits(List<String> persons, int total) {}

    private final RdfStore store;
    private final Iris iris;
    private volatile Snapshot snapshot;
    private CompletableFuture<Snapshot> pending;
    private long pendingVersion;

    NameIndex(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    /** Builds the index in the background once the site is up, so the first search does not wait for it. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void warm() {
        rebuild(store.version());
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

    /** Persons whose names hold every word key of the query, best first (exact keys before prefixes, then by IRI). */
    Hits find(String query, int limit) {
        List<String> words = queryWords(query);
        if (words.isEmpty()) {
            return new Hits(List.of(), 0);
        }
        return current().find(words, limit);
    }

    private Snapshot current() {
        long version = store.version();
        Snapshot s = snapshot;
        if (s != null && s.version == version) {
            return s;
        }
        CompletableFuture<Snapshot> building = rebuild(version);
        try {
            // a small store's index is rebuilt in milliseconds: wait for it; a large one's, not for long
            return building.get(s == null ? FIRST_BUILD_WAIT_SECONDS : REBUILD_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            if (s != null) {
                return s; // the previous data answers until the new index is ready
            }
            throw new NotReadyException();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotReadyException();
        } catch (ExecutionException e) {
            if (s != null) {
                return s;
            }
            throw new NotReadyException();
        }
    }

    /** The build for this version: the one under way, or a new one on its own thread. */
    private synchronized CompletableFuture<Snapshot> rebuild(long version) {
        if (pending != null && pendingVersion == version && !pending.isCompletedExceptionally()) {
            return pending;
        }
        pendingVersion = version;
        CompletableFuture<Snapshot> f = new CompletableFuture<>();
        pending = f;
        Thread builder = new Thread(() -> {
            try {
                long start = System.nanoTime();
                Snapshot s = build(version);
                snapshot = s;
                f.complete(s);
                LOG.info("Name index: {} persons, {} word keys, built in {} ms", s.persons.length, s.words.length,
                        (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("Building the name index failed; the next search tries again: {}", e.toString());
                f.completeExceptionally(e);
            }
        }, "esimder-name-index");
        builder.setDaemon(true);
        builder.start();
        return f;
    }

    private Snapshot build(long version) {
        String prefix = iris.base() + "id/person/";
        Map<String, Integer> ids = new HashMap<>();
        List<String> persons = new ArrayList<>();
        Map<String, IntList> postings = new HashMap<>();
        Map<String, String> wordKeys = new HashMap<>(); // names repeat a lot: each word's key is worked out once
        ParameterizedSparqlString q = new ParameterizedSparqlString(NAMES);
        q.setIri("dedup", iris.dedupGraph());
        store.selectEach(q, row -> {
            // the survivor of a merged person holds its words: one hit per person, at its current IRI
            String person = (row.contains("survivor") ? row.getResource("survivor") : row.getResource("p")).getURI();
            int id = ids.computeIfAbsent(person.startsWith(prefix) && person.length() > prefix.length()
                            ? person.substring(prefix.length()) : "<" + person,
                    k -> { persons.add(k); return persons.size() - 1; });
            if (!row.get("n").isLiteral()) {
                return;
            }
            String text = row.getLiteral("n").getLexicalForm();
            if (row.getResource("np").getLocalName().equals("nameKey")) {
                for (String w : text.split(" ")) add(postings, w, id);
            } else {
                for (String w : text.split("[^\\p{L}\\p{M}'ʹ]+")) {
                    if (!w.isBlank()) add(postings, wordKeys.computeIfAbsent(w, NameKey::word), id);
                }
            }
        });
        return Snapshot.of(version, prefix, persons, postings);
    }

    private static void add(Map<String, IntList> postings, String word, int id) {
        if (!word.isEmpty()) {
            postings.computeIfAbsent(word, k -> new IntList()).add(id);
        }
    }

    /** A growable int array. */
    private static final class IntList {
        int[] values = new int[2];
        int size;

        void add(int v) {
            if (size > 0 && values[size - 1] == v) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }

    /** The built index: persons sorted by IRI (so a person's number orders it), word keys sorted, postings sorted. */
    private static final class Snapshot {
        final long version;
        final String prefix;
        final String[] persons;
        final String[] words;
        final int[][] postings;

        private Snapshot(long version, String prefix, String[] persons, String[] words, int[][] postings) {
            this.version = version;
            this.prefix = prefix;
            this.persons = persons;
            this.words = words;
            this.postings = postings;
        }

        static Snapshot of(long version, String prefix, List<String> built, Map<String, IntList> postings) {
            Integer[] order = new Integer[built.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> built.get(a).compareTo(built.get(b)));
            int[] renumber = new int[order.length];
            String[] persons = new String[order.length];
            for (int i = 0; i < order.length; i++) {
                renumber[order[i]] = i;
                persons[i] = built.get(order[i]);
            }
            String[] words = postings.keySet().toArray(new String[0]);
            Arrays.sort(words);
            int[][] lists = new int[words.length][];
            for (int w = 0; w < words.length; w++) {
                IntList l = postings.get(words[w]);
                int[] ids = new int[l.size];
                for (int i = 0; i < l.size; i++) ids[i] = renumber[l.values[i]];
                lists[w] = distinctSorted(ids, ids.length);
            }
            return new Snapshot(version, prefix, persons, words, lists);
        }

        /** The IRI of a person number: its key after the common prefix, or (another IRI form) the whole IRI, marked by a leading '<'. */
        String iri(int id) {
            String p = persons[id];
            return p.charAt(0) == '<' ? p.substring(1) : prefix + p;
        }

        Hits find(List<String> queryWords, int limit) {
            int[] ids = null;
            int[] scores = null;
            for (String word : queryWords) {
                int[][] match = match(word);
                if (ids == null) {
                    ids = match[0];
                    scores = match[1];
                } else {
                    int[][] both = intersect(ids, scores, match[0], match[1]);
                    ids = both[0];
                    scores = both[1];
                }
                if (ids.length == 0) {
                    break;
                }
            }
            return top(ids, scores, limit);
        }

        /** Persons holding a word key, with 2 for the key itself and 1 for a longer key it begins (three letters or more). */
        private int[][] match(String word) {
            int at = Arrays.binarySearch(words, word);
            int[] exact = at >= 0 ? postings[at] : new int[0];
            int[] prefixed = new int[0];
            if (word.length() >= PREFIX_MIN) {
                int from = at >= 0 ? at + 1 : -at - 1;
                int total = 0;
                int to = from;
                while (to < words.length && words[to].startsWith(word)) {
                    total += postings[to].length;
                    to++;
                }
                prefixed = new int[total];
                int n = 0;
                for (int w = from; w < to; w++) {
                    System.arraycopy(postings[w], 0, prefixed, n, postings[w].length);
                    n += postings[w].length;
                }
                Arrays.sort(prefixed);
                prefixed = distinctSorted(prefixed, prefixed.length);
            }
            int[] ids = new int[exact.length + prefixed.length];
            int[] scores = new int[ids.length];
            int i = 0, j = 0, n = 0;
            while (i < exact.length || j < prefixed.length) {
                if (j >= prefixed.length || (i < exact.length && exact[i] <= prefixed[j])) {
                    if (j < prefixed.length && exact[i] == prefixed[j]) j++;
                    ids[n] = exact[i++];
                    scores[n++] = 2;
                } else {
                    ids[n] = prefixed[j++];
                    scores[n++] = 1;
                }
            }
            return new int[][] {Arrays.copyOf(ids, n), Arrays.copyOf(scores, n)};
        }

        private static int[][] intersect(int[] a, int[] as, int[] b, int[] bs) {
            int[] ids = new int[Math.min(a.length, b.length)];
            int[] scores = new int[ids.length];
            int i = 0, j = 0, n = 0;
            while (i < a.length && j < b.length) {
                if (a[i] < b[j]) {
                    i++;
                } else if (a[i] > b[j]) {
                    j++;
                } else {
                    ids[n] = a[i];
                    scores[n++] = as[i++] + bs[j++];
                }
            }
            return new int[][] {Arrays.copyOf(ids, n), Arrays.copyOf(scores, n)};
        }

        /** The best {@code limit}: highest score first, then by IRI (a person's number follows its IRI). */
        private Hits top(int[] ids, int[] scores, int limit) {
            int best = 0;
            for (int s : scores) best = Math.max(best, s);
            List<String> out = new ArrayList<>();
            for (int score = best; score > 0 && out.size() < limit; score--) {
                for (int i = 0; i < ids.length && out.size() < limit; i++) {
                    if (scores[i] == score) {
                        out.add(iri(ids[i]));
                    }
                }
            }
            return new Hits(out, ids.length);
        }

        private static int[] distinctSorted(int[] sorted, int size) {
            Arrays.sort(sorted, 0, size);
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (n == 0 || sorted[n - 1] != sorted[i]) sorted[n++] = sorted[i];
            }
            return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
        }
    }
}
