package kz.esimder.convert.validate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Results of a pure function of a term remembered across batches: a record's literals (dates and
 * their bounds, years, line numbers) recur thousands of times in a list, and checking one means
 * parsing it as its XSD datatype. Shared by the worker threads; bounded like the normalisers'
 * caches: when full it starts over, so memory stays flat whatever the input.
 */
final class ValueCache<K, V> {
    private static final int CAPACITY = 8192;

    private volatile Map<K, V> results = new ConcurrentHashMap<>();

    V get(K key, Function<K, V> compute) {
        Map<K, V> current = results;
        V known = current.get(key);
        if (known != null) {
            return known;
        }
        V value = compute.apply(key);
        if (current.size() >= CAPACITY) {
            current = new ConcurrentHashMap<>();
            results = current;
        }
        current.put(key, value);
        return value;
    }
}
