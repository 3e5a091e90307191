package kz.esimder.convert.normalise;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Charges: «58-10», «ст.58-10-2, 58-11», «58-1а-2-8-9-11» (points 1а, 2, 8, 9, 11 of article 58),
 * «58-1 "а"», «58 п.10», «ст. 58, пп. 10, 11», «19-58-8» (article 19, preparation, and 58-8), «как ЧСИР», «СОЭ», «КРД»,
 * «а/с агитация», «по нац. признаку (немцы)», decrees («постановление ЦИК и СНК СССР от 01.02.1930»:
 * the kulak ground and the act {@code ussr-1930-02-01-dekulakization}), other articles («59-3», «109 УК
 * РСФСР», «72 УК БССР» → {@code bssr-72}). What is left over, apart from filler words, is the
 * unparsed rest of a partial result. Thread-safe.
 */
public final class ChargeNormaliser {
    private final ParseCache<Charges> cache = new ParseCache<>(this::read);
    /** Compiled once: {@link #articleChains} runs for every charge of every record. */
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
    private static final Pattern POLITICAL_ARTICLE = Pattern.compile("1[79]|5[89]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** Every pattern here is lower case and matches {@link Lower#of} of the text. */
    private static final int FLAGS = 0;

    /**
     * Grounds named in words, to their charge local name and notation. Anti-Soviet agitation and
     * espionage are the articles that define them (58-10, 58-6), as the charge vocabulary has it.
     */
    private record Ground(Pattern pattern, String localName, String notation) {
    }

    private static final List<Ground> GROUNDS = List.of(
            ground("\\bчсир\\b|член\\p{L}*\\s+семьи\\s+(?:расстрелянного\\s+)?изменник\\p{L}*(?:\\s+родины)?"
                    + "|жена\\s+изменник\\p{L}*(?:\\s+родины)?", "chsir", "ЧСИР"),
            ground("\\bсоэ\\b|социально[\\s-]*опасн\\p{L}*\\s+элемент\\p{L}*", "soe", "СОЭ"),
            ground("\\bсвэ\\b|социально[\\s-]*вредн\\p{L}*\\s+элемент\\p{L}*", "sve", "СВЭ"),
            ground("\\bкртд\\b|(?:контрреволюционн\\p{L}*\\s+)?троцкистск\\p{L}*\\s+деятельн\\p{L}*", "krtd", "КРТД"),
            ground("\\bкрд\\b|к\\.?\\s?[/-]\\s?р\\.?\\s*деят\\p{L}*(?:-сть)?|контрреволюционн\\p{L}*\\s+деятельн\\p{L}*",
                    "kro", "КРД"),
            ground("а\\s?/\\s?с\\.?\\s*агитаци\\p{L}*|антисоветск\\p{L}*\\s+агитаци\\p{L}*"
                    + "|к\\.?\\s?[/-]\\s?р\\.?\\s*агитаци\\p{L}*|контрреволюционн\\p{L}*(?:\\s+троцкистск\\p{L}*)?\\s+агитаци\\p{L}*",
                    "58-10", "58-10"),
            ground("шпионаж\\p{L}*|шпионск\\p{L}*\\s+деятельн\\p{L}*", "58-6", "58-6"),
            ground("\\bраскулач\\p{L}*|\\bкулак\\p{L}*|\\bкулачк\\p{L}*", "kulak", "кулак"),
            ground("(?:по\\s+)?(?:нац\\.?|национальн\\p{L}*)\\s*признак\\p{L}*(?:\\s*\\([^)]*\\))?", "ethnicity",
                    "по нац. признаку"),
            ground("\\bбежен\\p{L}*", "refugee", "беженец"));

    /** «58 п.10», «ст. 58, пп. 10, 11», «58 п.п. 10, 11»: an article and its points in words. */
    private static final Pattern ARTICLE_POINTS = Lower.compile(
            "(?<!\\d\\.)(?<![\\d№/])(?<article>\\d{2,3})\\s*,?\\s*(?:п\\.\\s?п\\.|пп\\.|п\\.|л\\.)\\s*"
                    + "(?<points>\\d{1,2}\\s?[абвг]?(?:\\s*(?:,|и)\\s*\\d{1,2}\\s?[абвг]?(?![\\d\\-]))*)",
            FLAGS);
    /** «58-1а-2-8-9-11», «58-1 "а"», «19-58-8», «59-3», «162», «58-10/1», «72а». */
    private static final Pattern ARTICLE_CHAIN = Lower.compile(
            "(?<!\\d\\.)(?<![\\d№/\\p{L}])(?<chain>(?:19\\s?-\\s?)?\\d{1,3}(?:\\s?[абвг](?![\\p{L}]))?"
                    + "(?:\\s?-\\s?\\d{1,2}(?:\\s?[\"«]?[абвг][\"»]?(?![\\p{L}]))?)*)"
                    + "(?<part>\\s*(?:/\\s?\\d|,?\\s*ч\\.?\\s?\\d(?!\\d)))?(?!\\d|\\.\\d)",
            FLAGS);
    /** A bare point that continues a list of points of 58 or 59: 1-14, with a letter for 1. */
    private static final Pattern ELLIPTIC_POINT = Lower.compile("1[а-г]|[1-9]|1[0-4]");
    /** What may stand between the items of a list of points. */
    private static final Pattern LIST_GAP = Lower.compile("[\\s,]*|\\s*и\\s*|\\s*,?\\s*ч\\.?\\s?\\d\\s*,?\\s*");
    private static final Pattern CODE = Lower.compile(
            "\\bук\\s*(?<code>рсфср|казсср|каз\\.?\\s?сср|бсср|усср|гсср|узсср)?", FLAGS);
    /** Words that carry no charge: what remains after removing them and the recognised parts is the rest. */
    private static final Pattern FILLER = Lower.compile(
            "(?:\\b(?:по|ст|ст\\.ст|статье|статьи|статья|статьям|обв|обвинен\\p{L}*|обвинение|по обвинению в|за|как|и|в"
                    + "|осужден\\p{L}*|на основании|ч|п|пп|б/ст|без ссылки на закон|ук)\\b"
                    + "|[\\s.,;:\"«»()\\-–—/])+",
            FLAGS);
    private static final Pattern WITHOUT_ARTICLE = Lower.compile("б/ст|без\\s+статьи|без\\s+ссылки\\s+на\\s+закон", FLAGS);
    private static final Map<Character, Character> LATIN = Map.of('а', 'a', 'б', 'b', 'в', 'v', 'г', 'g');

    private final DateNormaliser dates;

    public ChargeNormaliser(DateNormaliser dates) {
        this.dates = dates;
    }

    private static Ground ground(String regex, String localName, String notation) {
        return new Ground(Lower.compile(regex, FLAGS), localName, notation);
    }

    /** The charges of a text; partial when some of it is neither article, ground nor known act. */
    public Parsed<Charges> parse(String text) {
        return cache.get(text);
    }

    private Parsed<Charges> read(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.unparsed(text == null ? "" : text, Problem.Kind.BLANK, "no charge given");
        }
        BitSet used = new BitSet(text.length());
        Map<Integer, Charge> charges = new TreeMap<>();
        Set<String> acts = new LinkedHashSet<>();
        String lower = Lower.of(text);
        Set<Integer> byDescription = new HashSet<>();
        acts(text, lower, used, charges, acts);
        String code = code(text, lower, used);
        String prefix = codePrefix(code);
        for (Ground g : GROUNDS) {
            Matcher m = g.pattern().matcher(lower);
            while (m.find()) {
                if (free(used, m.start(), m.end())) {
                    // «а/с агитация» and «шпионаж» are what articles 58-10 and 58-6 of the RSFSR code
                    // define; under another republic's code («72 УК БССР - А/с агитация») they only
                    // describe the article given.
                    boolean rsfsrArticle = Character.isDigit(g.localName().charAt(0));
                    if (!rsfsrArticle || prefix.isEmpty()) {
                        charges.put(m.start() * 64, new Charge(g.localName(), g.notation()));
                        if (rsfsrArticle) {
                            byDescription.add(m.start() * 64);
                        }
                    }
                    used.set(m.start(), m.end());
                }
            }
        }
        articlePoints(lower, used, charges, prefix);
        articleChains(lower, used, charges, prefix, CODE.matcher(lower).find());
        String rest = rest(text, used);
        if (rest.chars().anyMatch(Character::isDigit)) {
            // «69, 72, 76 - Антисоветская агитация»: the words describe articles not understood
            // (of which code?), so they are not taken for 58-10 either.
            byDescription.forEach(charges::remove);
        }
        if (charges.isEmpty() && acts.isEmpty() && rest.isEmpty() && WITHOUT_ARTICLE.matcher(lower).find()) {
            // «б/ст.», «без ссылки на закон»: the record says no article was given; that is understood.
            return Parsed.ok(text, new Charges(List.of(), List.of(), code));
        }
        if (charges.isEmpty() && acts.isEmpty()) {
            return Parsed.unparsed(text, Problem.Kind.UNRECOGNISED, "no article, ground or act recognised");
        }
        Charges value = new Charges(new ArrayList<>(new LinkedHashSet<>(charges.values())), new ArrayList<>(acts), code);
        return rest.isEmpty() ? Parsed.ok(text, value) : Parsed.partial(text, value, rest);
    }

    private void acts(String text, String lower, BitSet used, Map<Integer, Charge> charges, Set<String> acts) {
        Matcher m = NormativeActs.ACT.matcher(lower);
        while (m.find()) {
            String after = text.substring(m.end());
            dates.findAll(after).stream().findFirst()
                    .filter(d -> d.start() == 0)
                    .ifPresent(d -> d.date().value().flatMap(NormativeActs::act).ifPresent(act -> {
                        acts.add(act);
                        used.set(m.start(), m.end() + d.end());
                        if (act.equals("ussr-1930-02-01-dekulakization")) {
                            // «О мероприятиях по укреплению социалистического переустройства сельского хозяйства
                            // … и по борьбе с кулачеством»: being sentenced under it is the kulak ground.
                            charges.put(m.start() * 64, new Charge("kulak", "кулак"));
                        }
                    }));
        }
        Matcher order = NormativeActs.NUMBERED_ORDER.matcher(lower);
        while (order.find()) {
            Matcher found = order;
            NormativeActs.order(found).ifPresent(act -> {
                acts.add(act);
                used.set(found.start(), found.end());
            });
        }
    }

    private static String code(String text, String lower, BitSet used) {
        Matcher m = CODE.matcher(lower);
        String code = null;
        while (m.find()) {
            if (m.group("code") != null && code == null) {
                code = text.substring(m.start(), m.end()).replaceAll("\\s+", " ").strip();
            }
            used.set(m.start(), m.end());
        }
        return code;
    }

    /** Articles of the RSFSR code (which the Kazakh SSR applied) need no prefix; other republics' do. */
    private static String codePrefix(String code) {
        if (code == null) {
            return "";
        }
        String c = code.toUpperCase(Locale.ROOT).replaceAll("[\\s.]", "");
        return c.endsWith("БССР") ? "bssr-" : c.endsWith("УССР") && !c.endsWith("УЗССР") ? "ukrssr-"
                : c.endsWith("ГССР") ? "gssr-" : c.endsWith("УЗССР") ? "uzssr-" : "";
    }

    private static void articlePoints(String text, BitSet used, Map<Integer, Charge> charges, String prefix) {
        Matcher m = ARTICLE_POINTS.matcher(text);
        while (m.find()) {
            if (!free(used, m.start(), m.end())) {
                continue;
            }
            int position = m.start() * 64;
            for (String point : m.group("points").split("\\s*(?:,|и)\\s*")) {
                charges.put(position++, charge(prefix, m.group("article") + "-" + point.replaceAll("\\s", "")));
            }
            used.set(m.start(), m.end());
        }
    }

    /**
     * Article chains. Two readings are refused, as they cannot be told apart from others: a chain
     * of an article other than 58 and 59 («24-63-1»), and an article other than 17, 19, 58 and 59
     * with no code named («58-11 и 182»: 182 of which code?). A small bare number right after a
     * point of 58 or 59 in a list is a further point of it («58-2, 8, 9, 11», «ст.58-10 11»), the
     * lists' usual shorthand.
     */
    private static void articleChains(String text, BitSet used, Map<Integer, Charge> charges, String prefix,
                                      boolean codeNamed) {
        Matcher m = ARTICLE_CHAIN.matcher(text);
        String listArticle = null;
        int listEnd = -1;
        while (m.find()) {
            if (!free(used, m.start(), m.end())) {
                continue;
            }
            List<String> parts = new ArrayList<>(List.of(
                    m.group("chain").replaceAll("[\\s\"«»]", "").split("-")));
            List<Charge> found = new ArrayList<>();
            if (listArticle != null && parts.size() == 1 && ELLIPTIC_POINT.matcher(parts.get(0)).matches()
                    && LIST_GAP.matcher(text.substring(listEnd, m.start())).matches()) {
                found.add(charge(prefix, listArticle + "-" + parts.get(0)));
            } else {
                if (parts.size() > 2 && (parts.get(0).equals("19") || parts.get(0).equals("17"))) {
                    // «19-58-8»: article 19 (preparation, attempt) or 17 (complicity) with the article it applies to.
                    found.add(charge(prefix, parts.remove(0)));
                }
                String article = parts.get(0);
                int number = Integer.parseInt(NOT_DIGIT.matcher(article).replaceAll(""));
                boolean political = POLITICAL_ARTICLE.matcher(article).matches();
                if (number < 1 || number > 230 || !political && !codeNamed) {
                    continue;
                }
                if (parts.size() == 1 || !DIGITS.matcher(article).matches()) {
                    found.add(charge(prefix, article));
                } else if (article.equals("58") || article.equals("59")) {
                    points(article, parts.subList(1, parts.size())).forEach(p -> found.add(charge(prefix, p)));
                } else {
                    continue;
                }
                listArticle = parts.size() > 1 && (article.equals("58") || article.equals("59")) ? article : null;
            }
            int position = m.start() * 64;
            for (Charge c : found) {
                charges.put(position++, c);
            }
            used.set(m.start(), m.end());
            listEnd = m.end();
        }
    }

    /**
     * The points of one article: «58-1а-2-8» → 58-1а, 58-2, 58-8. A «-1» or «-2» right after
     * 58-10 is its part (ч. 1, ч. 2: «58-10-2»), not point 1 or 2, which would come before 10.
     */
    private static List<String> points(String article, List<String> points) {
        List<String> out = new ArrayList<>();
        String previous = null;
        for (String p : points) {
            if ("58".equals(article) && "10".equals(previous) && (p.equals("1") || p.equals("2"))) {
                continue;
            }
            out.add(article + "-" + p);
            previous = p;
        }
        return out;
    }

    private static Charge charge(String prefix, String notation) {
        StringBuilder local = new StringBuilder(prefix);
        for (char ch : notation.toLowerCase(Locale.ROOT).toCharArray()) {
            local.append(LATIN.getOrDefault(ch, ch));
        }
        return new Charge(local.toString(), notation);
    }

    private static boolean free(BitSet used, int start, int end) {
        int next = used.nextSetBit(start);
        return next < 0 || next >= end;
    }

    /** The runs of text not used by any recognised part, minus filler, verbatim; joined by « … ». */
    private static String rest(String text, BitSet used) {
        List<String> pieces = new ArrayList<>();
        int i = used.nextClearBit(0);
        while (i < text.length()) {
            int end = used.nextSetBit(i);
            if (end < 0) {
                end = text.length();
            }
            String piece = text.substring(i, end);
            if (!FILLER.matcher(Lower.of(piece)).replaceAll("").isBlank()) {
                pieces.add(piece.strip().replaceAll("^[.,;:\\s-]+|[.,;:\\s-]+$", ""));
            }
            i = used.nextClearBit(end);
        }
        return String.join(" … ", pieces);
    }
}
