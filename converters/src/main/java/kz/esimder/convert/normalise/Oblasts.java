package kz.esimder.convert.normalise;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The oblasts of the Kazakh SSR (as of 1937, the place local names of docs/model.md) in the
 * spellings lists use: full adjectives in any case, abbreviations (ЮКО, ВКО, СКО, ЗКО), compounds
 * (Семоблсуд, Акмолоблсуд, ВКОбл), Kazakh spellings (Жамбыл, Костанай), and the later names of the
 * same oblasts (Чимкентская = ЮКО, Целиноградская = Акмолинская, Уральская = ЗКО), which
 * rehabilitation lines of the 1980s-90s use. Oblasts formed after 1937 (Джезказганская) have no
 * 1937 local name and are not resolved.
 */
final class Oblasts {

    private static final int FLAGS =
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Map<Pattern, String> OBLASTS = new LinkedHashMap<>();

    static {
        put("south-kazakhstan", "южно-?\\s?казахстан|\\bюко\\b|чимкентск|шымкентск|юж\\.?-?\\s?каз");
        put("east-kazakhstan", "восточно-?\\s?казахстан|\\bвко\\b|\\bвкобл|\\bвк\\s?обл|вост\\.?-?\\s?каз");
        put("north-kazakhstan", "северо-?\\s?казахстан|\\bско\\b|\\bск\\s?обл|сев\\.?-?\\s?каз");
        put("west-kazakhstan", "западно-?\\s?казахстан|\\bзко\\b|зап\\.?-?\\s?каз|уральск(?:ая|ой|ую|ий|ом) обл");
        put("karaganda", "караганд");
        put("alma-ata", "алма-?\\s?атин|алматинск");
        put("aktyubinsk", "актюб|актобе");
        put("kustanay", "кустанай|костанай");
        put("pavlodar", "павлодар");
        put("akmolinsk", "акмол|целиноград");
        put("guryev", "гурьев|атырау");
        put("semipalatinsk", "семипал|\\bсем\\.?\\s?обл|семобл");
        put("kzyl-orda", "кзыл-?\\s?орд|кызыл-?\\s?орд");
        put("dzhambul", "джамбул|жамбыл");
        put("taldy-kurgan", "талды-?\\s?кург|талдыкорган");
        put("kokchetav", "кокчетав|кокшетау");
    }

    private Oblasts() {
    }

    private static void put(String localName, String regex) {
        OBLASTS.put(Pattern.compile(regex, FLAGS), localName);
    }

    /** The one Kazakh oblast the text names; empty when it names none, or more than one. */
    static Optional<String> find(String text) {
        String found = null;
        for (Map.Entry<Pattern, String> e : OBLASTS.entrySet()) {
            if (e.getKey().matcher(text).find()) {
                if (found != null && !found.equals(e.getValue())) {
                    return Optional.empty();
                }
                found = e.getValue();
            }
        }
        return Optional.ofNullable(found);
    }
}
