package kz.esimder.convert.read;

/**
 * Trims the separators memory-book text puts between facts («…, обв.:», «…;», «… –»), so that a
 * value keeps its own words and abbreviation dots but not the glue around it.
 */
final class Punctuation {

    private Punctuation() {}

    /** Strips spaces, commas, semicolons, colons and dashes from both ends; keeps dots. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isGlue(text.charAt(start))) {
            start++;
        }
        while (end > start && isGlue(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** As {@link #trim}, and also drops trailing dots («Алма-Ата..» → «Алма-Ата»), for spans known to end a sentence. */
    static String trimSentence(String text) {
        String t = trim(text);
        int end = t.length();
        while (end > 0 && (t.charAt(end - 1) == '.' || isGlue(t.charAt(end - 1)))) {
            end--;
        }
        return t.substring(0, end);
    }

    private static boolean isGlue(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ';' || c == ':' || c == '–' || c == '—' || c == '-'
                || c == '\u00a0';
    }
}
