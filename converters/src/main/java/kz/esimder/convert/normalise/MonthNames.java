package kz.esimder.convert.normalise;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Month names in Russian (any case form, usual abbreviations) and Kazakh (with the locative and
 * genitive endings lists use), in Cyrillic as typed on Kazakh and on Russian keyboards.
 */
final class MonthNames {

    /** Word stem → month. Longest stems are tried first by {@link #PATTERN}. */
    private static final Map<String, Integer> STEMS = Map.ofEntries(
            Map.entry("январ", 1), Map.entry("янв", 1), Map.entry("феврал", 2), Map.entry("февр", 2),
            Map.entry("фев", 2), Map.entry("март", 3), Map.entry("мар", 3), Map.entry("апрел", 4),
            Map.entry("апр", 4), Map.entry("ма", 5), Map.entry("июн", 6), Map.entry("июл", 7),
            Map.entry("август", 8), Map.entry("авг", 8), Map.entry("сентябр", 9), Map.entry("сент", 9),
            Map.entry("сен", 9), Map.entry("октябр", 10), Map.entry("окт", 10), Map.entry("ноябр", 11),
            Map.entry("нояб", 11), Map.entry("ноя", 11), Map.entry("декабр", 12), Map.entry("дек", 12),
            Map.entry("қаңтар", 1), Map.entry("кантар", 1), Map.entry("каңтар", 1),
            Map.entry("ақпан", 2), Map.entry("акпан", 2), Map.entry("наурыз", 3),
            Map.entry("сәуір", 4), Map.entry("сәуiр", 4), Map.entry("сэуiр", 4), Map.entry("сауир", 4),
            Map.entry("мамыр", 5), Map.entry("маусым", 6), Map.entry("шілде", 7), Map.entry("шiлде", 7),
            Map.entry("шилде", 7), Map.entry("тамыз", 8), Map.entry("қыркүйек", 9), Map.entry("кыркуйек", 9),
            Map.entry("қазан", 10), Map.entry("казан", 10), Map.entry("қараша", 11), Map.entry("караша", 11),
            Map.entry("желтоқсан", 12), Map.entry("желтоксан", 12));

    /**
     * A month word. Russian full stems take their case endings, abbreviations their dot; Kazakh
     * names take the locative/genitive/possessive endings (қарашада, қазанның, шілдесі). «Казань»
     * (the city) does not match: no ending starts with «ь».
     */
    static final String REGEX = "(?:"
            + "январ[ьяеюё]|феврал[ьяеюё]|март[аеу]?|апрел[ьяеюё]|ма[йяеюё]|июн[ьяеюё]|июл[ьяеюё]"
            + "|август[аеу]?|сентябр[ьяеюё]|октябр[ьяеюё]|ноябр[ьяеюё]|декабр[ьяеюё]"
            + "|(?:янв|февр|фев|мар|апр|авг|сент|сен|окт|нояб|ноя|дек)\\."
            + "|(?:қаңтар|каңтар|кантар|ақпан|акпан|наурыз|сәуір|сәуiр|сэуiр|сауир|мамыр|маусым"
            + "|шілде|шiлде|шилде|тамыз|қыркүйек|кыркуйек|қазан|казан|қараша|караша|желтоқсан|желтоксан)"
            + "(?:да|де|та|те|ның|нің|дың|дің|тың|тің|ы|і|сы|сі|нда|нде|ында|інде|ндағы|ндегі)?"
            + ")(?![\\p{L}])";

    static final Pattern PATTERN = Pattern.compile(REGEX, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private MonthNames() {
    }

    /** The month a word matched by {@link #PATTERN} names. */
    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        int best = -1;
        int bestLength = 0;
        for (Map.Entry<String, Integer> e : STEMS.entrySet()) {
            if (w.startsWith(e.getKey()) && e.getKey().length() > bestLength) {
                best = e.getValue();
                bestLength = e.getKey().length();
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("not a month: " + word);
        }
        return best;
    }
}
