package kz.esimder.site.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values that stay the same as long as the store holds the same data (labels of concepts and places,
 * coordinates, facet choices): computed once per store generation, dropped when {@link RdfStore#version}
 * changes. Bounded: past {@code maxEntries} it starts over empty rather than track recency, because
 * what it holds (vocabulary labels, a few thousand places) is small and hot, and a rare overflow costs
 * only queries that would have run anyway.
 */
public final class GenerationCache<K, V> {
    private record Generation<K, V>(long version, ConcurrentHashMap<K, V> values) {}

    private final RdfStore store;
    private final int maxEntries;
    private volatile Generation<K, V> current = new Generation<>(Long.MIN_VALUE, new ConcurrentHashMap<>());

    public GenerationCache(RdfStore store, int maxEntries) {
        this.store = store;
        this.maxEntries = maxEntries;
    }

    private ConcurrentHashMap<K, V> values() {
        long version = store.version();
        Generation<K, V> g = current;
        if (g.version() != version || g.values().size() > maxEntries) {
            g = new Generation<>(version, new ConcurrentHashMap<>());
            current = g;
        }
        return g.values();
    }

    public V get(K key, Function<K, V> load) {
        return values().computeIfAbsent(key, load);
    }

    /** The values of all keys; those not cached are loaded together by {@code loadMissing}, which may omit keys with no value. */
    public Map<K, V> getAll(Collection<K> keys, V absent, Function<List<K>, Map<K, V>> loadMissing) {
        ConcurrentHashMap<K, V> values = values();
        Map<K, V> found = new HashMap<>();
        List<K> missing = new ArrayList<>();
        for (K k : keys) {
            V v = values.get(k);
            if (v == null) {
                missing.add(k);
            } else {
                found.put(k, v);
            }
        }
        if (!missing.isEmpty()) {
            Map<K, V> loaded = loadMissing.apply(missing);
            for (K k : missing) {
                V v = loaded.getOrDefault(k, absent);
                values.put(k, v);
                found.put(k, v);
            }
        }
        return found;
    }
}
