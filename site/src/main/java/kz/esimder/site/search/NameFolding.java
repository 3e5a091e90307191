package kz.esimder.site.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Folds a name, in Russian or Kazakh Cyrillic or in Latin transliteration, to a Latin key, and the
 * key to a consonant skeleton, so that spellings of one name meet: ё/е, й/и and the Kazakh letters
 * (ә, ғ, қ, ң, ө, ұ, ү, һ, і) fold to their Russian neighbours; Cyrillic is transliterated; dzh/j/zh
 * are one sound. The skeleton (vowels dropped) joins Джансугуров, Жансүгіров and Zhansugurov, and
 * Какимович with Кикимович. Queries and names are folded by this one class.
 */
public final class NameFolding {
    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"),
            // Kazakh letters, folded to the Russian spelling of the same name
            Map.entry('ә', "a"), Map.entry('ғ', "g"), Map.entry('қ', "k"), Map.entry('ң', "n"), Map.entry('ө', "o"),
            Map.entry('ұ', "u"), Map.entry('ү', "u"), Map.entry('һ', "kh"), Map.entry('і', "i"));

    private NameFolding() {}

    /** The folded tokens of a name or a query: Latin letters only, in order. */
    public static List<String> tokens(String text) {
        if (text == null) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String t = CYRILLIC.get(c);
            latin.append(t != null ? t : String.valueOf(c));
        }
        String ascii = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        List<String> tokens = new ArrayList<>();
        for (String token : ascii.split("[^a-z]+")) {
            if (!token.isEmpty()) {
                tokens.add(unify(token));
            }
        }
        return tokens;
    }

    /** One spelling for sounds written several ways in transliterations: dzh/dj/j → zh, kh → h, iy/yi → i. */
    private static String unify(String token) {
        return token.replace("dzh", "zh").replace("dj", "zh").replace("j", "zh").replace("zhzh", "zh")
                .replace("kh", "h").replace("iy", "i").replace("yi", "i")
                .replace("yu", "iu").replace("ya", "ia").replace("w", "v").replace("x", "ks");
    }

    /** The consonants of a folded token, repeated letters collapsed: the key for forgiving matches. */
    public static String skeleton(String token) {
        StringBuilder s = new StringBuilder();
        for (char c : token.toCharArray()) {
            if ("aeiouy".indexOf(c) < 0 && (s.length() == 0 || s.charAt(s.length() - 1) != c)) {
                s.append(c);
            }
        }
        return s.toString();
    }
}
