package kz.esimder.convert.normalise;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A normaliser's results remembered by input text. Real lists repeat the same organ, charge,
 * place and sentence strings thousands of times, and parsing them (regexes, gazetteer look-ups) is
 * most of the cost of a record; a result depends on nothing but the text and the normaliser's
 * fixed configuration, and it is immutable ({@link Parsed} over records that copy their lists), so
 * one result serves every record that has the same text, on any thread. Bounded: when full it
 * starts over, which keeps memory flat whatever the input and costs nothing in correctness.
 */
final class ParseCache<T> {
    /** Distinct texts kept per normaliser: enough for the working set of a list, a few MiB at most. */
    static final int CAPACITY = 8192;

    private final Function<String, Parsed<T>> parse;
    private volatile Map<String, Parsed<T>> results = new ConcurrentHashMap<>();

    ParseCache(Function<String, Parsed<T>> parse) {
        this.parse = parse;
    }

    Parsed<T> get(String text) {
        if (text == null) {
            return parse.apply(null);
        }
        Map<String, Parsed<T>> current = results;
        Parsed<T> known = current.get(text);
        if (known != null) {
            return known;
        }
        Parsed<T> parsed = parse.apply(text);
        if (current.size() >= CAPACITY) {
            current = new ConcurrentHashMap<>();
            results = current;
        }
        current.put(text, parsed);
        return parsed;
    }
}
