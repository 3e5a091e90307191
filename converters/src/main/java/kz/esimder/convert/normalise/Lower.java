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
    private static final String WORD_START = "(?<![\\p{L}\\p{Nd}_])";
    private static final String WORD_END = "(?![\\p{L}\\p{Nd}_])";
    /**
     * {@code \\b} before a letter or a group (not a lookaround): the start of a word; anywhere else
     * (before «|», «)», a lookahead, the end): the end of one.
     */
    private static final Pattern BOUNDARY_BEFORE_WORD =
            Pattern.compile("\\\\b(?=\\p{L}|\\((?!\\?)|\\(\\?:|\\(\\?<\\p{Alpha})");

    /** A pattern written in lower case, to match {@link #of(String)} of a text. */
    static Pattern compile(String regex) {
        return compile(regex, 0);
    }

    /** A pattern with flags; {@code \\b} is a Unicode word boundary whatever the JDK. */
    static Pattern compile(String regex, int flags) {
        // Each boundary in these patterns either opens or closes a word: the one-sided test is cheaper.
        String starts = BOUNDARY_BEFORE_WORD.matcher(regex).replaceAll(Matcher.quoteReplacement(WORD_START));
        return Pattern.compile(starts.replace("\\b", WORD_END), flags);
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
