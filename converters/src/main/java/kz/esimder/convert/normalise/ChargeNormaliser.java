package kz.esimder.convert.normalise;

import java.util.ArrayList;
import java.util.BitSet;
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
 * «58-1 "а"», «58 п.10», «ст. 58, пп. 10, 11», «19-58-8» (preparation), «как ЧСИР», «СОЭ», «КРД»,
 * «а/с агитация», «по нац. признаку (немцы)», decrees («постановление ЦИК и СНК СССР от 01.02.1930»:
 * the kulak ground and the act {@code resolution-1930-02-01}), other articles («59-3», «109 УК
 * РСФСР», «72 УК БССР» → {@code bssr-72}). What is left over, apart from filler words, is the
 * unparsed rest of a partial result. Thread-safe.
 */
public final class ChargeNormaliser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** Grounds named in words, to their charge local name and notation. */
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
                    "asa", "АСА"),
            ground("шпионаж\\p{L}*|шпионск\\p{L}*\\s+деятельн\\p{L}*", "espionage", "ПШ"),
            ground("\\bраскулач\\p{L}*|\\bкулак\\p{L}*|\\bкулачк\\p{L}*", "kulak", "кулак"),
            ground("(?:по\\s+)?(?:нац\\.?|национальн\\p{L}*)\\s*признак\\p{L}*(?:\\s*\\([^)]*\\))?", "national-grounds",
                    "по нац. признаку"));

    /** «58 п.10», «ст. 58, пп. 10, 11», «58 п.п. 10, 11»: an article and its points in words. */
    private static final Pattern ARTICLE_POINTS = Pattern.compile(
            "(?<!\\d\\.)(?<![\\d№/])(?<article>\\d{2,3})\\s*,?\\s*(?:п\\.\\s?п\\.|пп\\.|п\\.)\\s*"
                    + "(?<points>\\d{1,2}\\s?[абвг]?(?:\\s*(?:,|и)\\s*\\d{1,2}\\s?[абвг]?(?![\\d\\-]))*)",
            FLAGS);
    /** «58-1а-2-8-9-11», «58-1 "а"», «19-58-8», «59-3», «162», «58-10/1», «72а». */
    private static final Pattern ARTICLE_CHAIN = Pattern.compile(
            "(?<!\\d\\.)(?<![\\d№/\\p{L}])(?<chain>(?:19\\s?-\\s?)?\\d{1,3}(?:\\s?[абвг](?![\\p{L}]))?"
                    + "(?:\\s?-\\s?\\d{1,2}(?:\\s?[\"«]?[абвг][\"»]?(?![\\p{L}]))?)*)"
                    + "(?<part>\\s*(?:/\\s?\\d|,?\\s*ч\\.?\\s?\\d(?!\\d)))?(?!\\d|\\.\\d)",
            FLAGS);
    private static final Pattern CODE = Pattern.compile(
            "\\bУК\\s*(?<code>РСФСР|КазССР|Каз\\.?\\s?ССР|БССР|УССР|ГССР|УзССР)?", FLAGS);
    /** Words that carry no charge: what remains after removing them and the recognised parts is the rest. */
    private static final Pattern FILLER = Pattern.compile(
            "(?:\\b(?:по|ст|ст\\.ст|статье|статьи|статья|статьям|обв|обвинен\\p{L}*|обвинение|по обвинению в|за|как|и|в"
                    + "|осужден\\p{L}*|на основании|ч|п|пп|б/ст|без ссылки на закон|УК)\\b"
                    + "|[\\s.,;:\"«»()\\-–—/])+",
            FLAGS);
    private static final Map<Character, Character> LATIN = Map.of('а', 'a', 'б', 'b', 'в', 'v', 'г', 'g');

    private final DateNormaliser dates;

    public ChargeNormaliser(DateNormaliser dates) {
        this.dates = dates;
    }

    private static Ground ground(String regex, String localName, String notation) {
        return new Ground(Pattern.compile(regex, FLAGS), localName, notation);
    }

    public Parsed<Charges> parse(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.unparsed(text == null ? "" : text, Problem.Kind.BLANK, "no charge given");
        }
        BitSet used = new BitSet(text.length());
        Map<Integer, Charge> charges = new TreeMap<>();
        Set<String> acts = new LinkedHashSet<>();
        acts(text, used, charges, acts);
        String code = code(text, used);
        String prefix = codePrefix(code);
        for (Ground g : GROUNDS) {
            Matcher m = g.pattern().matcher(text);
            while (m.find()) {
                if (free(used, m.start(), m.end())) {
                    charges.put(m.start() * 64, new Charge(g.localName(), g.notation()));
                    used.set(m.start(), m.end());
                }
            }
        }
        articlePoints(text, used, charges, prefix);
        articleChains(text, used, charges, prefix);
        String rest = rest(text, used);
        if (charges.isEmpty() && acts.isEmpty()) {
            return Parsed.unparsed(text, Problem.Kind.UNRECOGNISED, "no article, ground or act recognised");
        }
        Charges value = new Charges(new ArrayList<>(new LinkedHashSet<>(charges.values())), new ArrayList<>(acts), code);
        return rest.isEmpty() ? Parsed.ok(text, value) : Parsed.partial(text, value, rest);
    }

    private void acts(String text, BitSet used, Map<Integer, Charge> charges, Set<String> acts) {
        Matcher m = NormativeActs.ACT.matcher(text);
        while (m.find()) {
            String after = text.substring(m.end());
            dates.findAll(after).stream().findFirst()
                    .filter(d -> d.start() == 0)
                    .ifPresent(d -> d.date().value().flatMap(date -> NormativeActs.localName(m, date)).ifPresent(act -> {
                        acts.add(act);
                        used.set(m.start(), m.end() + d.end());
                        if (act.equals("resolution-1930-02-01")) {
                            // «О мероприятиях по укреплению социалистического переустройства сельского хозяйства
                            // … и по борьбе с кулачеством»: being sentenced under it is the kulak ground.
                            charges.put(m.start() * 64, new Charge("kulak", "кулак"));
                        }
                    }));
        }
        Matcher order = NormativeActs.NUMBERED_ORDER.matcher(text);
        while (order.find()) {
            acts.add("order-" + order.group("number"));
            used.set(order.start(), order.end());
        }
    }

    private static String code(String text, BitSet used) {
        Matcher m = CODE.matcher(text);
        String code = null;
        while (m.find()) {
            if (m.group("code") != null && code == null) {
                code = m.group().replaceAll("\\s+", " ").strip();
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

    private static void articleChains(String text, BitSet used, Map<Integer, Charge> charges, String prefix) {
        Matcher m = ARTICLE_CHAIN.matcher(text);
        while (m.find()) {
            if (!free(used, m.start(), m.end())) {
                continue;
            }
            List<String> parts = new ArrayList<>(List.of(
                    m.group("chain").replaceAll("[\\s\"«»]", "").split("-")));
            String attempt = "";
            if (parts.size() > 2 && parts.get(0).equals("19")) {
                attempt = "19-";
                parts.remove(0);
            }
            String article = parts.get(0);
            int number = Integer.parseInt(article.replaceAll("\\D", ""));
            if (number < 1 || number > 230) {
                continue;
            }
            int position = m.start() * 64;
            if (parts.size() == 1 || !article.matches("\\d+")) {
                charges.put(position, charge(prefix, attempt + article));
            } else {
                for (String p : points(article, parts.subList(1, parts.size()))) {
                    charges.put(position++, charge(prefix, attempt + p));
                }
            }
            used.set(m.start(), m.end());
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
            if (!FILLER.matcher(piece).replaceAll("").isBlank()) {
                pieces.add(piece.strip().replaceAll("^[.,;:\\s-]+|[.,;:\\s-]+$", ""));
            }
            i = used.nextClearBit(end);
        }
        return String.join(" … ", pieces);
    }
}
