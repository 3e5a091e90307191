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
        // Twice: in «обл.,» the comma goes first, and only then is the dot the last character.
        return AROUND.matcher(AROUND.matcher(text).replaceAll("")).replaceAll("");
    }
}
