package kz.esimder.convert.map;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Source keys from file names: {@code kz-records.txt} → {@code kz-records}; Cyrillic or Kazakh
 * names are transliterated ({@code Қарағанды тізімі.csv} → {@code karagandy-tizimi}) so keys stay
 * {@code [a-z0-9-]} as the IRIs need.
 */
public final class SourceKeys {
    // ICU's transliterator is thread-safe for transliterate(String) once built; building is the slow part.
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; NFD; [:Nonspacing Mark:] Remove; [:Modifier Letter:] Remove; NFC; Latin-ASCII");

    private SourceKeys() {}

    /**
     * @throws IllegalArgumentException when nothing usable is left (a name of only punctuation)
     */
    public static String fromFileName(String fileName) {
        String name = fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        String key = slug(name);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("no source key can be made from the file name '" + fileName + "'");
        }
        return key;
    }

    /** Lower-case ASCII letters and digits, anything else collapsed to single hyphens. */
    public static String slug(String text) {
        String ascii = TO_ASCII.transliterate(text).toLowerCase(Locale.ROOT);
        // Apostrophes and primes mark soft signs and Kazakh letters in transliteration: drop, not split.
        return ascii.replaceAll("['`\"]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
