package kz.esimder.convert.normalise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Nationalities in Russian (казах, казашка, русская, немец, евреи, …), Kazakh (қазақ, орыс, неміс)
 * and English, in singular, plural and feminine forms → {@link Nationality}. The words are in
 * {@code nationalities.txt} next to this class. A feminine form also tells the gender. Thread-safe.
 */
public final class NationalityNormaliser {
    private final ParseCache<Nationality> cache = new ParseCache<>(this::read);

    private static final String DICTIONARY = "nationalities.txt";
    private final Map<String, Nationality> byWord;
    private final Gazetteer vocabulary;

    /** Loads the dictionary from the classpath. */
    public NationalityNormaliser() {
        this(Gazetteer.empty());
    }

    /**
     * The dictionary, then {@code vocabulary}: the {@code nationality} scheme's labels, for words
     * the dictionary lacks (the vocabulary's own reading of «иракцы», say).
     */
    public NationalityNormaliser(Gazetteer vocabulary) {
        this.byWord = load();
        this.vocabulary = vocabulary;
    }

    /** The nationality a word names, in any of its forms. */
    public Parsed<Nationality> parse(String text) {
        return cache.get(text);
    }

    private Parsed<Nationality> read(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.unparsed(text == null ? "" : text, Problem.Kind.BLANK, "no nationality given");
        }
        Nationality n = byWord.get(key(text));
        if (n == null) {
            n = vocabulary.lookup(text.strip()).map(local -> new Nationality(local, null)).orElse(null);
        }
        return n == null ? Parsed.unparsed(text, Problem.Kind.UNRECOGNISED, "not a nationality in the dictionary")
                : Parsed.ok(text, n);
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[.;,]", " ").replaceAll("\\s+", " ").strip();
    }

    private static Map<String, Nationality> load() {
        Map<String, Nationality> map = new HashMap<>();
        try (InputStream in = Objects.requireNonNull(NationalityNormaliser.class.getResourceAsStream(DICTIONARY), DICTIONARY);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                String local = line.substring(0, colon).strip();
                for (String form : line.substring(colon + 1).split(",")) {
                    boolean feminine = form.strip().endsWith("*");
                    String word = key(form.replace("*", ""));
                    if (!word.isEmpty()) {
                        Nationality before = map.putIfAbsent(word, new Nationality(local, feminine ? Gender.FEMALE : null));
                        if (before != null && !before.localName().equals(local)) {
                            throw new IllegalStateException(DICTIONARY + ": «" + word + "» is both " + before.localName()
                                    + " and " + local);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(DICTIONARY, e);
        }
        return Map.copyOf(map);
    }
}
