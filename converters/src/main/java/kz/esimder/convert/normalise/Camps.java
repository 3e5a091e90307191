package kz.esimder.convert.normalise;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The GULAG camps in Kazakhstan that records name most, in any case form («из Карлага», «в
 * АЛЖИРе», «Акмолинское ЛО»), to their local names in {@code vocab/camp/}. Other camps are
 * resolved through the {@link Gazetteer} by their exact label, or stay text.
 */
final class Camps {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** Most specific first: ALZhIR was the Akmolinsk department of Karlag and names both. */
    private static final Map<Pattern, String> CAMPS = new LinkedHashMap<>();

    static {
        put("alzhir", "алжир|акмолинск\\p{L}*\\s+(?:ло|лагерн\\p{L}*|лагер\\p{L}*|отделени\\p{L}*|спецотделени\\p{L}*)");
        put("karlag", "карлаг|карагандинск\\p{L}*\\s+(?:итл|лагер\\p{L}*|исправительно-трудов\\p{L}*)");
        put("steplag", "степлаг|степн\\p{L}*\\s+лагер\\p{L}*");
        put("peschanlag", "песчанлаг|песчан\\p{L}*\\s+лагер\\p{L}*");
        put("luglag", "луглаг|лугов\\p{L}*\\s+лагер\\p{L}*");
        put("prorvlag", "прорвлаг|прорвинск\\p{L}*\\s+итл");
    }

    private Camps() {
    }

    private static void put(String localName, String regex) {
        CAMPS.put(Pattern.compile("(?<!\\p{L})(?:" + regex + ")", FLAGS), localName);
    }

    /** The camp the text names, by the built-in names first, then by the gazetteer's exact labels. */
    static Optional<String> find(String text, Gazetteer gazetteer) {
        for (Map.Entry<Pattern, String> e : CAMPS.entrySet()) {
            if (e.getKey().matcher(text).find()) {
                return Optional.of(e.getValue());
            }
        }
        return gazetteer.lookup(text);
    }
}
