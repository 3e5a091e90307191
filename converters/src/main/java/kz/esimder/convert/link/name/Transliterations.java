package kz.esimder.convert.link.name;

import com.ibm.icu.text.Transliterator;
import java.util.function.UnaryOperator;
import kz.esimder.convert.normalise.BoundedCache;

/**
 * The Latin forms of a Cyrillic name that go into {@code esm:transliteration}: {@code @ru-Latn} by
 * BGN/PCGN (CLDR's Russian-Latin/BGN transform in ICU4J, Kazakh letters first rendered the Russian
 * way: ә→а, қ→к …), and {@code @kk-Latn} in the Kazakh Latin alphabet of 2021 (ä, ğ, q, ñ, ö, ū, ü, ş,
 * j for ж). ICU's transform is built on first use, not at class load: {@link NameKey} never needs it.
 *
 * <p>A name is transliterated word by word (words split at spaces), each word's form remembered: a
 * list repeats its surnames and given names thousands of times, and ICU's transform was most of the
 * cost of a person's name triples. That gives the same text as transliterating the whole name at
 * once because no rule looks across a space: every context in the BGN rules is one character next
 * to the letter, and each of their context sets either holds both a space and what ICU matches
 * beyond the ends of a text (U+FFFF; {@code [^[:L:][:M:][:N:]]}, «Е» at the start of a word) or
 * neither (vowels, letters, cases, «·»); the Kazakh alphabet looks only at the next letter, and a
 * space is no letter. {@code TransliterationsTest} holds the two ways equal on random texts.
 */
public final class Transliterations {
    private Transliterations() {}

    /** Enough for the distinct name words of a large list; past it, the cache starts over. */
    private static final int WORDS = 65_536;
    private static final BoundedCache<String, String> RUSSIAN_WORDS = new BoundedCache<>(WORDS);
    private static final BoundedCache<String, String> KAZAKH_WORDS = new BoundedCache<>(WORDS);

    /** A transform per thread: an ICU transliterator is not thread-safe, and one shared behind a lock made the workers queue. */
    private static final class Bgn {
        static final ThreadLocal<Transliterator> RUSSIAN = ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN"));
    }

    /** BGN/PCGN romanisation, or the text unchanged if it has no Cyrillic. */
    public static String russianLatin(String name) {
        return byWord(name, RUSSIAN_WORDS, Transliterations::russianLatinWhole);
    }

    /** The 2021 Kazakh Latin alphabet, or the text unchanged if it has no Cyrillic. */
    public static String kazakhLatin(String name) {
        return byWord(name, KAZAKH_WORDS, Transliterations::kazakhLatinWhole);
    }

    /** The text's words (split at spaces) each transliterated, or remembered, and joined again. */
    private static String byWord(String text, BoundedCache<String, String> words, UnaryOperator<String> transliterate) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int from = 0;
        for (int space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', from)) {
            out.append(words.get(text.substring(from, space), transliterate)).append(' ');
            from = space + 1;
        }
        return out.append(words.get(text.substring(from), transliterate)).toString();
    }

    /** BGN/PCGN romanisation of a whole text at once (what {@link #russianLatin} gives word by word). */
    static String russianLatinWhole(String name) {
        if (!NameSkeleton.hasCyrillic(name.toLowerCase(java.util.Locale.ROOT))) return name;
        StringBuilder folded = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            folded.append(switch (c) {
                case 'ә' -> 'а'; case 'Ә' -> 'А';
                case 'ө' -> 'о'; case 'Ө' -> 'О';
                case 'ү', 'ұ' -> 'у'; case 'Ү', 'Ұ' -> 'У';
                case 'қ' -> 'к'; case 'Қ' -> 'К';
                case 'ң' -> 'н'; case 'Ң' -> 'Н';
                case 'ғ' -> 'г'; case 'Ғ' -> 'Г';
                case 'һ' -> 'х'; case 'Һ' -> 'Х';
                case 'і' -> 'и'; case 'І' -> 'И';
                default -> c;
            });
        }
        return Bgn.RUSSIAN.get().transliterate(folded.toString());
    }

    /** The 2021 Kazakh alphabet for a whole text at once (what {@link #kazakhLatin} gives word by word). */
    static String kazakhLatinWhole(String name) {
        if (!NameSkeleton.hasCyrillic(name.toLowerCase(java.util.Locale.ROOT))) return name;
        StringBuilder b = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String latin = kazakhLetter(Character.toLowerCase(c));
            char next = i + 1 < name.length() ? Character.toLowerCase(name.charAt(i + 1)) : ' ';
            if ((latin != null && latin.equals("i")) && (next == 'я' || next == 'ю') && Character.isLowerCase(c)) {
                continue; // «ия», «йю»: the i of «ia», «iu» is already there
            }
            if (latin == null) {
                b.append(c);
            } else if (Character.isUpperCase(c) && !latin.isEmpty()) {
                boolean wordUpper = i + 1 < name.length() && Character.isUpperCase(name.charAt(i + 1));
                String first = latin.equals("i") ? "İ" : latin.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
                b.append(first).append(wordUpper ? latin.substring(1).toUpperCase(java.util.Locale.ROOT) : latin.substring(1));
            } else {
                b.append(latin);
            }
        }
        return b.toString();
    }

    private static String kazakhLetter(char c) {
        return switch (c) {
            case 'а' -> "a"; case 'ә' -> "ä"; case 'б' -> "b"; case 'в' -> "v"; case 'г' -> "g"; case 'ғ' -> "ğ";
            case 'д' -> "d"; case 'е', 'э' -> "e"; case 'ё' -> "io"; case 'ж' -> "j"; case 'з' -> "z";
            case 'и', 'й' -> "i"; case 'к' -> "k"; case 'қ' -> "q"; case 'л' -> "l"; case 'м' -> "m"; case 'н' -> "n";
            case 'ң' -> "ñ"; case 'о' -> "o"; case 'ө' -> "ö"; case 'п' -> "p"; case 'р' -> "r"; case 'с' -> "s";
            case 'т' -> "t"; case 'у' -> "u"; case 'ұ' -> "ū"; case 'ү' -> "ü"; case 'ф' -> "f"; case 'х', 'һ' -> "h";
            case 'ц' -> "ts"; case 'ч' -> "ch"; case 'ш' -> "ş"; case 'щ' -> "şş"; case 'ъ', 'ь' -> "";
            case 'ы' -> "y"; case 'і' -> "ı"; case 'ю' -> "iu"; case 'я' -> "ia";
            default -> null;
        };
    }
}
