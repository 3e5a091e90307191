package kz.esimder.convert.normalise;

import java.util.Locale;
import java.util.regex.Pattern;

/** {@link Gazetteer#key}, with its patterns compiled once: it runs for every place looked up. */
final class GazetteerKey {
    private static final Pattern PUNCTUATION = Pattern.compile("[.,;:]");
    private static final Pattern DASH = Pattern.compile("\\s*-\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private GazetteerKey() {
    }

    static String of(String label) {
        String s = PUNCTUATION.matcher(label.toLowerCase(Locale.ROOT).replace('ё', 'е')).replaceAll(" ");
        s = DASH.matcher(s).replaceAll("-");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
