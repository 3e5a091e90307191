package kz.esimder.convert.normalise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names as lists write them, surname first: «АГЕЕВ Василий Иванович», «Агеев Василий Иванович»,
 * «Абланов Садык», «Байтұрсынұлы Ахмет» (a Kazakh patronymic used as the family name), «ТОНИН
 * (САРСЕНЕВ) Халил Букончинович» (variant Сарсенев), «Мамыров-Мамырбаев Маулетхан Хаирбекович».
 *
 * <p>A hyphenated surname whose halves share their first four letters (Мамыров-Мамырбаев) is one
 * surname spelled two ways: the first half is the surname and the second a variant. Otherwise
 * (Краусс-Эрдеш) it is one double surname. A name of more than three words is taken apart only
 * when its last word is a patronymic; otherwise it is ambiguous and stays unparsed. Thread-safe.
 */
public final class NameNormaliser {
    /** Compiled once: every name of every record goes through these. */
    private static final Pattern NAME_WORD = Pattern.compile("(?U)[\\p{L}\\u00a0'’.-]+");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[\\s,]+");

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern PATRONYMIC = Lower.compile(
            "\\p{L}+(?:вич|вна|ична|инична|ич)|\\p{L}+(?:ұлы|қызы|улы|кызы|уулу)|\\p{L}+\\s+(?:оглы|кызы|ұлы|қызы|улы)", FLAGS);
    private static final Pattern KAZAKH_PATRONYMIC = Lower.compile("\\p{L}+(?:ұлы|қызы|улы|кызы|уулу)", FLAGS);
    private static final Pattern ALIAS = Lower.compile("\\(([^)]*)\\)");
    private static final Pattern VARIANTS = Lower.compile(
            "\\(?\\s*вариант\\p{L}*\\s+(?:фамилии|имени|отчества|фио)\\s*:\\s*([^)]*)\\)?", FLAGS);
    private static final Pattern SEPARATE_PATRONYMIC_WORD = Lower.compile("(?<=\\p{L})\\s+(оглы|кызы|ұлы|қызы|улы)(?!\\p{L})", FLAGS);

    /** A whole name in one text (FULL_NAME), possibly followed by a «(варианты фамилии: …)» note. */
    public Parsed<PersonName> parse(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return Parsed.unparsed(fullName == null ? "" : fullName, Problem.Kind.BLANK, "no name given");
        }
        Set<String> variants = new LinkedHashSet<>();
        String text = fullName;
        Matcher v = VARIANTS.matcher(text);
        while (v.find()) {
            variants.addAll(items(v.group(1)));
        }
        text = VARIANTS.matcher(text).replaceAll(" ");
        Matcher alias = ALIAS.matcher(text);
        while (alias.find()) {
            variants.addAll(items(alias.group(1)));
        }
        text = ALIAS.matcher(text).replaceAll(" ");
        // «Байтұрсын ұлы»: the Kazakh marker written apart belongs to the word before it.
        text = SEPARATE_PATRONYMIC_WORD.matcher(text).replaceAll("\u00a0$1");
        List<String> words = new ArrayList<>(Arrays.asList(WORD_SEPARATOR.split(text.strip())));
        words.removeIf(String::isBlank);
        if (words.isEmpty()) {
            return Parsed.unparsed(fullName, Problem.Kind.UNRECOGNISED, "no name words");
        }
        if (!words.stream().allMatch(w -> NAME_WORD.matcher(w).matches())) {
            return Parsed.unparsed(fullName, Problem.Kind.UNRECOGNISED, "a name word with digits or symbols");
        }
        String surname;
        String given = null;
        String patronymic = null;
        if (words.size() <= 2 && KAZAKH_PATRONYMIC.matcher(words.get(0).replace('\u00a0', ' ')).matches()) {
            // «Байтұрсынұлы Ахмет»: the patronymic stands where a surname would.
            surname = null;
            patronymic = words.get(0);
            given = words.size() > 1 ? words.get(1) : null;
        } else if (words.size() <= 3) {
            surname = words.get(0);
            given = words.size() > 1 ? words.get(1) : null;
            patronymic = words.size() > 2 ? words.get(2) : null;
        } else if (PATRONYMIC.matcher(words.get(words.size() - 1).replace('\u00a0', ' ')).matches()) {
            surname = words.get(0);
            given = String.join(" ", words.subList(1, words.size() - 1));
            patronymic = words.get(words.size() - 1);
        } else {
            return Parsed.unparsed(fullName, Problem.Kind.AMBIGUOUS,
                    words.size() + " words and none is a patronymic: which is the given name is unclear");
        }
        return Parsed.ok(fullName, build(fullName, surname, given, patronymic, variants));
    }

    /**
     * A name already split into columns (SURNAME, GIVEN_NAME, PATRONYMIC; any may be null). The
     * surname column may still hold an alias or a double surname. The name as written is the parts
     * joined by spaces.
     */
    public Parsed<PersonName> parseParts(String surname, String givenName, String patronymic) {
        String asWritten = String.join(" ", nonBlank(surname, givenName, patronymic));
        if (asWritten.isBlank()) {
            return Parsed.unparsed(asWritten, Problem.Kind.BLANK, "no name given");
        }
        Set<String> variants = new LinkedHashSet<>();
        String s = surname;
        if (s != null) {
            Matcher alias = ALIAS.matcher(s);
            while (alias.find()) {
                variants.addAll(items(alias.group(1)));
            }
            s = ALIAS.matcher(s).replaceAll(" ").strip();
        }
        return Parsed.ok(asWritten, build(asWritten, blankToNull(s), blankToNull(givenName), blankToNull(patronymic), variants));
    }

    /** The spellings in a «(варианты фамилии: Абланов; Абланов)» line or a NAME_VARIANTS value, title case. */
    public List<String> parseVariants(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Matcher v = VARIANTS.matcher(text);
        Set<String> out = new LinkedHashSet<>();
        if (v.find()) {
            do {
                out.addAll(items(v.group(1)));
            } while (v.find());
        } else {
            out.addAll(items(text.replaceAll("[()]", " ")));
        }
        return List.copyOf(out);
    }

    private static PersonName build(String asWritten, String surname, String given, String patronymic,
                                    Set<String> variants) {
        String main = surname == null ? null : titleCase(surname);
        if (main != null && main.contains("-")) {
            String[] halves = main.split("-", 2);
            if (halves[0].length() >= 4 && halves[1].length() >= 4
                    && halves[0].regionMatches(true, 0, halves[1], 0, 4)) {
                variants.add(halves[1]);
                main = halves[0];
            }
        }
        List<String> vs = new ArrayList<>();
        for (String variant : variants) {
            if (!variant.equalsIgnoreCase(main)) {
                vs.add(variant);
            }
        }
        return new PersonName(asWritten, main, given == null ? null : titleCase(given),
                patronymic == null ? null : titleCase(patronymic), vs);
    }

    private static List<String> items(String list) {
        List<String> out = new ArrayList<>();
        for (String item : list.split("[;,]")) {
            if (!item.isBlank()) {
                out.add(titleCase(item.strip()));
            }
        }
        return out;
    }

    /** «АГЕЕВ» → «Агеев», «КРАУСС-ЭРДЕШ» → «Краусс-Эрдеш», «БАЙТҰРСЫН ҰЛЫ» → «Байтұрсын ұлы». */
    static String titleCase(String word) {
        StringBuilder b = new StringBuilder();
        boolean start = true;
        String lower = word.replace('\u00a0', ' ').toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean separatorBefore = i > 0 && (lower.charAt(i - 1) == '-' || lower.charAt(i - 1) == ' ');
            boolean markerAfterSpace = separatorBefore && lower.charAt(i - 1) == ' '
                    && lower.substring(i).matches("(?:оглы|кызы|ұлы|қызы|улы)(?![\\p{L}\\d]).*");
            b.append((start || separatorBefore) && !markerAfterSpace ? Character.toUpperCase(c) : c);
            start = false;
        }
        return b.toString();
    }

    private static List<String> nonBlank(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
