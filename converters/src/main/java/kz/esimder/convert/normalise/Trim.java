package kz.esimder.convert.normalise;

import java.util.regex.Pattern;

/**
 * Punctuation around a piece of text cut out of a longer one («, в Карлаг.» → «Карлаг»), except
 * the dot that closes an abbreviation: «Акмолинская обл.», «г.», «губ.» keep it.
 */
final class Trim {

    private static final Pattern AROUND = Lower.compile(
            "^[\\s.,;:\\-–]+|[\\s,;:\\-–]+$|(?<!(?<!\\p{L})(?:обл|г|гор|с|д|ст|пос|п|губ|кр|окр|вол|у|р-н|ж))\\.+$");

    private Trim() {
    }

    /** The text without surrounding punctuation and spaces; an abbreviation's final dot stays. */
    static String around(String text) {
        if (text.isEmpty() || !strippable(text.charAt(0)) && !strippable(text.charAt(text.length() - 1))) {
            return text; // nothing around it to take off (most texts): skip the regex
        }
        // Twice: in «обл.,» the comma goes first, and only then is the dot the last character.
        return AROUND.matcher(AROUND.matcher(text).replaceAll("")).replaceAll("");
    }

    /** A character {@link #AROUND} may take off at either end (a superset: spaces, dots, dashes, separators). */
    private static boolean strippable(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '.' || c == ',' || c == ';' || c == ':'
                || c == '-' || c == '–';
    }
}
