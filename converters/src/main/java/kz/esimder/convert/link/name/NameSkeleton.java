package kz.esimder.convert.link.name;

import java.text.Normalizer;
import kz.esimder.convert.normalise.BoundedCache;

/**
 * One name word in any script folded to a phonetic Latin skeleton, so that Kazakh and Russian
 * Cyrillic spellings and the Latin transliterations (ISO 9, BGN/PCGN, ALA-LC, the 2021 Kazakh Latin
 * alphabet, German/English habits) of one word meet. The skeleton alphabet is Latin lower case with
 * three one-letter stand-ins: {@code j} = ж/дж, {@code q} = ч, {@code w} = ш/щ.
 *
 * <p>Pure and cheap (no dictionaries, no ICU): the site calls it on every query. Words already
 * folded are remembered (bounded), since converting a list folds the same names millions of times.
 */
public final class NameSkeleton {
    private static final String VOWELS = "aeiou";
    /** Skeletons by word: a list names the same few thousand surnames and given names again and again. */
    private static final BoundedCache<String, String> SKELETONS = new BoundedCache<>(16_384);

    private NameSkeleton() {}

    /** The skeleton of one word (letters only; anything else is dropped). */
    public static String of(String word) {
        return SKELETONS.get(word, NameSkeleton::compute);
    }

    private static String compute(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        String latin = hasCyrillic(lower) ? fromCyrillic(lower) : fromLatin(lower);
        return fold(latin);
    }

    /** The skeleton with a surname or patronymic ending taken off (-ов/-ева/-ин/-ұлы/-қызы …). */
    public static String stem(String word) {
        return stripEnding(of(word));
    }

    /**
     * The consonant skeleton: the first letter, then the consonants, doubles collapsed; ч counts as
     * ш (Kazakh has no ч: Шоқан/Чокан, Шымкент/Чимкент).
     */
    public static String consonants(String skeleton) {
        if (skeleton.isEmpty()) return skeleton;
        StringBuilder b = new StringBuilder().append(skeleton.charAt(0) == 'q' ? 'w' : skeleton.charAt(0));
        for (int i = 1; i < skeleton.length(); i++) {
            char c = skeleton.charAt(i) == 'q' ? 'w' : skeleton.charAt(i);
            if (VOWELS.indexOf(c) < 0 && b.charAt(b.length() - 1) != c) b.append(c);
        }
        return b.toString();
    }

    /** True for a Russian patronymic (-ович, -евна, -ична, and their transliterations). */
    public static boolean isRussianPatronymic(String skeleton) {
        return skeleton.length() > 5 && (skeleton.endsWith("viq") || skeleton.endsWith("vna")
                || skeleton.endsWith("iqna") || skeleton.endsWith("miq") || skeleton.endsWith("liq"));
    }

    /** True for a Kazakh patronymic form (-ұлы, -улы, -қызы, -кызы, -уулу). */
    public static boolean isKazakhPatronymic(String skeleton) {
        return skeleton.length() > 5 && (skeleton.endsWith("uli") || skeleton.endsWith("kizi") || skeleton.endsWith("uulu"));
    }

    private static final String[][] ENDINGS = {
        {"skaia", "ski"}, {"kizi", ""}, {"uulu", ""}, {"uli", ""}, {"ova", ""}, {"eva", ""}, {"ina", ""},
        {"ov", ""}, {"ev", ""}, {"in", ""},
    };

    static String stripEnding(String skeleton) {
        for (String[] e : ENDINGS) {
            if (skeleton.endsWith(e[0])) {
                String stem = skeleton.substring(0, skeleton.length() - e[0].length()) + e[1];
                // A short word is its own stem: «Агеев» must not become «ag».
                return stem.length() >= 3 ? stem : skeleton;
            }
        }
        return skeleton;
    }

    static boolean hasCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeBlock.of(s.charAt(i)) == Character.UnicodeBlock.CYRILLIC) return true;
        }
        return false;
    }

    /** Cyrillic (Kazakh letters folded to Russian by the official rules) to a BGN-like Latin. */
    private static String fromCyrillic(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            b.append(switch (s.charAt(i)) {
                case 'а', 'ә' -> "a";
                case 'б' -> "b";
                case 'в' -> "v";
                case 'г', 'ғ' -> "g";
                case 'д' -> "d";
                case 'е', 'ё', 'э' -> "e";
                case 'ж' -> "zh";
                case 'з' -> "z";
                case 'и', 'й', 'і', 'ы' -> "i";
                case 'к', 'қ' -> "k";
                case 'л' -> "l";
                case 'м' -> "m";
                case 'н', 'ң' -> "n";
                case 'о', 'ө' -> "o";
                case 'п' -> "p";
                case 'р' -> "r";
                case 'с' -> "s";
                case 'т' -> "t";
                case 'у', 'ү', 'ұ', 'ў' -> "u";
                case 'ф' -> "f";
                case 'х', 'һ' -> "kh";
                case 'ц' -> "ts";
                case 'ч' -> "ch";
                case 'ш' -> "sh";
                case 'щ' -> "shch";
                case 'ю' -> "yu";
                case 'я' -> "ya";
                default -> Character.isLetter(s.charAt(i)) && s.charAt(i) < 0x250 ? String.valueOf(s.charAt(i)) : "";
            });
        }
        return b.toString();
    }

    /**
     * Latin in any of the systems: the letters with a caron or cedilla become their digraphs,
     * Kazakh q → k, w → v, x → ks, and j is й after a vowel before a consonant (ISO 9, ALA-LC
     * «Bajžakupov»), ж otherwise (Kazakh 2021 «Jansügirov», English «Jumabek»).
     */
    private static String fromLatin(String s) {
        StringBuilder pre = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            pre.append(switch (c) {
                case 'č', 'ç' -> "ch";
                case 'š', 'ş' -> "sh";
                case 'ž' -> "zh";
                case 'ŝ' -> "shch";
                case 'ğ' -> "g";
                case 'ñ' -> "n";
                case 'ı' -> "i";
                case 'û' -> "yu";
                case 'â' -> "ya";
                case 'q' -> "k";
                case 'w' -> "v";
                case 'x' -> "ks";
                default -> String.valueOf(c);
            });
        }
        String plain = Normalizer.normalize(pre, Normalizer.Form.NFD).replaceAll("[^a-z]", "");
        StringBuilder b = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c == 'j') {
                boolean afterVowel = i > 0 && "aeiouy".indexOf(plain.charAt(i - 1)) >= 0;
                boolean beforeVowel = i + 1 < plain.length() && "aeiouy".indexOf(plain.charAt(i + 1)) >= 0;
                b.append(afterVowel && !beforeVowel ? "y" : "zh");
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static final String[][] DIGRAPHS = {
        {"shch", "w"}, {"sch", "w"}, {"dzh", "j"}, {"zh", "j"}, {"dj", "j"}, {"kh", "h"}, {"ch", "q"},
        {"sh", "w"}, {"ts", "c"}, {"tz", "c"}, {"gh", "g"}, {"ng", "n"}, {"ph", "f"}, {"y", "i"}, {"ie", "e"},
    };

    /** Digraphs to one letter, glides dropped, doubled letters collapsed: the same steps for every script. */
    private static String fold(String latin) {
        String s = latin;
        for (String[] d : DIGRAPHS) {
            s = s.replace(d[0], d[1]);
        }
        // Kazakh «уа» before a consonant is written «ва»/«во» in Russian: Уәлиханов/Валиханов, Сәдуақасов/Садвокасов
        s = UA_BEFORE_CONSONANT.matcher(s).replaceAll("va");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (b.length() == 0 || b.charAt(b.length() - 1) != c) b.append(c);
        }
        return b.toString();
    }

    private static final java.util.regex.Pattern UA_BEFORE_CONSONANT = java.util.regex.Pattern.compile("ua(?=[^aeiou])");
}
