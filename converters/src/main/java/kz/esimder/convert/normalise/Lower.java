package kz.esimder.convert.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lower-casing for matching. The normalisers match lower-cased text against patterns written in
 * lower case, without {@code CASE_INSENSITIVE | UNICODE_CASE}, which makes Java's regex engine
 * fold every character on every comparison and was the converters' hot spot. The lower-cased text
 * has the same length as the text, so a match's indexes cut the verbatim text.
 */
final class Lower {

    private Lower() {
    }

    /** Lower case, one char for one char. */
    static String of(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /**
     * Java 19+ made {@code \\b} an ASCII word boundary unless UNICODE_CHARACTER_CLASS is set
     * (JDK-8264160), which would stop it working between Cyrillic letters; this boundary is
     * spelled out for letters and digits of any script, on every JDK.
     */
    private static final String WORD_BOUNDARY =
            "(?:(?<=[\\p{L}\\p{Nd}_])(?![\\p{L}\\p{Nd}_])|(?<![\\p{L}\\p{Nd}_])(?=[\\p{L}\\p{Nd}_]))";

    /** A pattern written in lower case, to match {@link #of(String)} of a text. */
    static Pattern compile(String regex) {
        return compile(regex, 0);
    }

    /** A pattern with flags; {@code \\b} is a Unicode word boundary whatever the JDK. */
    static Pattern compile(String regex, int flags) {
        return Pattern.compile(regex.replace("\\b", WORD_BOUNDARY), flags);
    }

    /** A matcher of {@code pattern} over the lower-cased {@code text}; cut the text with its indexes. */
    static Matcher matcher(Pattern pattern, String text) {
        return pattern.matcher(of(text));
    }

    /** The verbatim text of a named group of a matcher over the lower-cased text, or null. */
    static String group(Matcher m, String text, String group) {
        return m.start(group) < 0 ? null : text.substring(m.start(group), m.end(group));
    }
}
