package kz.esimder.convert.normalise;

import java.util.function.Function;

/**
 * A normaliser's results remembered by input text. Real lists repeat the same organ, charge,
 * place and sentence strings thousands of times, and parsing them (regexes, gazetteer look-ups) is
 * most of the cost of a record; a result depends on nothing but the text and the normaliser's
 * fixed configuration, and it is immutable ({@link Parsed} over records that copy their lists), so
 * one result serves every record that has the same text, on any thread. Bounded
 * ({@link BoundedCache}): memory stays flat whatever the input.
 */
final class ParseCache<T> {
    /** Distinct texts kept per normaliser: enough for the working set of a list, a few MiB at most. */
    static final int CAPACITY = 8192;

    private final Function<String, Parsed<T>> parse;
    private final BoundedCache<String, Parsed<T>> results = new BoundedCache<>(CAPACITY);

    ParseCache(Function<String, Parsed<T>> parse) {
        this.parse = parse;
    }

    Parsed<T> get(String text) {
        return text == null ? parse.apply(null) : results.get(text, parse);
    }
}
