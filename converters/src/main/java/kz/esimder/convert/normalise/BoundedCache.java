package kz.esimder.convert.normalise;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Results of a pure function remembered by argument, for values a list repeats thousands of times
 * (an organ's spelling, a date, a surname, a literal to check). Shared by threads; the results
 * must be immutable. Bounded: when full it starts over, which keeps memory flat whatever the input
 * and costs nothing in correctness.
 */
public final class BoundedCache<K, V> {
    private final int capacity;
    private volatile Map<K, V> results = new ConcurrentHashMap<>();

    /** @param capacity the number of results kept at most */
    public BoundedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** The remembered result for the key, else {@code compute}'s (remembered); neither may be null. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        Map<K, V> current = results;
        V known = current.get(key);
        if (known != null) {
            return known;
        }
        V value = compute.apply(key);
        if (current.size() >= capacity) {
            current = new ConcurrentHashMap<>();
            results = current;
        }
        current.put(key, value);
        return value;
    }
}
