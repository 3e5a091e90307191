package kz.esimder.convert.normalise;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

    private static final Map<Pattern, String> OBLASTS = new LinkedHashMap<>();
    /** Literal parts every spelling of the oblast contains, checked before its pattern. */
    private static final Map<Pattern, List<String>> KEYS = new HashMap<>();

    static {
        put("south-kazakhstan", "южно-?\\s?казахстан|\\bюко\\b|чимкентск|шымкентск|юж\\.?-?\\s?каз", "каз|юко|чимкент|шымкент");
        put("east-kazakhstan", "восточно-?\\s?казахстан|\\bвко\\b|\\bвкобл|\\bвк\\s?обл|вост\\.?-?\\s?каз", "каз|вко|вк");
        put("north-kazakhstan", "северо-?\\s?казахстан|\\bско\\b|\\bск\\s?обл|сев\\.?-?\\s?каз", "каз|ско|ск");
        put("west-kazakhstan", "западно-?\\s?казахстан|\\bзко\\b|зап\\.?-?\\s?каз|уральск(?:ая|ой|ую|ий|ом) обл", "каз|зко|уральск");
        put("karaganda", "караганд", "караганд");
        put("alma-ata", "алма-?\\s?атин|алматинск|алм\\.\\s?обл", "алм");
        put("aktyubinsk", "актюб|актобе", "актюб|актобе");
        put("kustanay", "кустанай|костанай", "кустанай|костанай");
        put("pavlodar", "павлодар", "павлодар");
        put("akmolinsk", "акмол|целиноград", "акмол|целиноград");
        put("guryev", "гурьев|атырау", "гурьев|атырау");
        put("semipalatinsk", "семипал|\\bсем\\.?\\s?обл|семобл", "сем");
        put("kzyl-orda", "кзыл-?\\s?орд|кызыл-?\\s?орд", "орд");
        put("dzhambul", "джамбул|жамбыл", "джамбул|жамбыл");
        put("taldy-kurgan", "талды-?\\s?кург|талдыкорган", "талды");
        put("kokchetav", "кокчетав|кокшетау", "кокчетав|кокшетау");
    }

    private Oblasts() {
    }

    private static void put(String localName, String regex, String keys) {
        Pattern p = Lower.compile(regex);
        OBLASTS.put(p, localName);
        KEYS.put(p, List.of(keys.split("\\|")));
    }

    /** The one Kazakh oblast the text names; empty when it names none, or more than one. */
    static Optional<String> find(String text) {
        String found = null;
        String lower = Lower.of(text);
        for (Map.Entry<Pattern, String> e : OBLASTS.entrySet()) {
            if (KEYS.get(e.getKey()).stream().anyMatch(lower::contains) && e.getKey().matcher(lower).find()) {
                if (found != null && !found.equals(e.getValue())) {
                    return Optional.empty();
                }
                found = e.getValue();
            }
        }
        return Optional.ofNullable(found);
    }
}
