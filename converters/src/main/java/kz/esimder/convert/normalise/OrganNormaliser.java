package kz.esimder.convert.normalise;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organs in every spelling of the samples: «Тройка НКВД», «тройка УНКВД по ЮКО», «тройка при ПП ОГПУ
 * в КазАССР», «Особое совещание коллегии ОГПУ ТАССР», «ОСО при НКВД СССР», «ВК ВС СССР», «выездная
 * сессия ВК ВС СССР в г. Алма-Ата», «Балхашский НКВД», «УМГБ по Павлодарской обл.», «Верховный суд
 * КазССР», «Военный трибунал …», «Прокуратура РК», «ИЦ УВД по Тульской обл.» → {@link Organ}.
 *
 * <p>The kind is decided by the first rule that matches, most specific first (a troika «при УНКВД»
 * is a troika, not the UNKVD; the military collegium «Верховного Суда СССР» is not the Supreme
 * Court). The concrete organ is given only when the text names it; a regional body outside the
 * Kazakh SSR keeps the generic organ and its region as text. A text that names no organ it knows
 * is unparsed. Thread-safe.
 */
public final class OrganNormaliser {
    private final ParseCache<Organ> cache = new ParseCache<>(this::read);

    /** The rules match the {@link #normalise normalised}, lower-cased text: no case folding needed. */
    private static final int FLAGS = 0;
    /** The region patterns match the text as written: case tells a name from a word. */
    private static final int CASED = 0;

    /**
     * One rule: when {@code pattern} is found, the kind, and the organ as a function of the region.
     * The pattern is tried only when the text holds one of {@code keys}, literal parts that every
     * match contains: checking them is far cheaper than running the pattern.
     */
    private record Rule(Pattern pattern, String kind, Function<Context, String> organ, List<String> keys) {
        boolean matches(String normalised) {
            for (String key : keys) {
                if (normalised.contains(key)) {
                    return pattern.matcher(normalised).find();
                }
            }
            return false;
        }
    }

    /** What a rule's organ function may look at. */
    private record Context(String normalised, String oblast) {
        boolean has(String regex) {
            return COMPILED.computeIfAbsent(regex, r -> Lower.compile(r, FLAGS)).matcher(normalised).find();
        }
    }

    /** Words that make a region text an oblast: «обл.», «области», ЮКО, «Семоблсуд», «Кзыл-Ординское УНКВД». */
    /** Compiled once: {@link #normalise} runs for every organ of every record. */
    private static final Pattern PP = Pattern.compile("(?<![\\p{L}\\d])п\\.\\s?п\\.");
    private static final Pattern PUNCTUATION = Pattern.compile("[.,;:()]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern OBLAST_WORD = Lower.compile(
            "обл|област|\\b(?:юко|вко|ско|зко)\\b|\\p{L}\\s+у(?:нквд|мгб|нкгб|кгб|мвд)\\b");
    /** The organ functions' patterns, compiled once: the converters call this for every record. */
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();
    /** The oblasts that had an NKVD troika of their own in 1937-38 (the vocabulary's {@code nkvd-troika-*}). */
    private static final Set<String> TROIKA_OBLASTS = Set.of("aktyubinsk", "alma-ata", "east-kazakhstan", "guryev",
            "karaganda", "kustanay", "kzyl-orda", "north-kazakhstan", "pavlodar", "south-kazakhstan", "west-kazakhstan");
    private static final String USSR = "(?:ссср|союза)";
    private static final String KAZ_SSR =
            "(?:каз\\s?сср|ксср|каз\\s?асср|касср|казахской а?сср|казахстан\\p{L}*)";

    private static final List<Rule> RULES = List.of(
            rule("двойк|комисси\\p{L}* нквд и (?:прокур|пр-р)|нквд и прокурор", "dvoika", c -> "nkvd-dvoika", "двойк|нквд и"),
            rule("тройк|\"тройка\"", "troika", OrganNormaliser::troika, "тройк"),
            rule("особ\\p{L}* совещ|\\bосо\\b|\\bос\\b(?!\\s*-)", "special-board", OrganNormaliser::specialBoard, "ос"),
            rule("военн\\p{L}* коллеги|\\bвк\\s?вс\\b|\\bвквс\\b", "military-collegium",
                    c -> c.has("выездн") ? "military-collegium-visiting-session" : "military-collegium", "коллеги|вк"),
            rule("коллеги\\p{L}*\\s+(?:пп\\s+)?огпу|огпу\\p{L}*\\s+коллеги|спецколлеги\\p{L}* огпу"
                    + "|коллеги\\p{L}* пп огпу", "ogpu-collegium", c -> "ogpu-collegium", "огпу"),
            rule("военн\\p{L}*\\s+прокур|\\bгвп\\b|\\bвп\\b", "prosecutor", c -> "military-prosecutor", "прокур|вп"),
            // «облрокуратура», «Проукратура», «Покуратура»: the samples' typos still name a prosecutor's office.
            rule("прокур|(?:ку|ук|к)ратур|\\bпр-р|\\bгп\\b|генпокур", "prosecutor", OrganNormaliser::prosecutor, "прокур|ратур|пр-р|гп"),
            rule("военн\\p{L}* тр[иу]бун|\\bвт\\b", "military-tribunal", c -> "military-tribunal", "бун|вт"),
            rule("казотдел\\p{L}*|каз\\s?отд\\p{L}*\\s+вс|казахск\\p{L}*\\s+отделени\\p{L}*\\s+(?:верховн|вс\\b)",
                    "court", c -> "supreme-court-rsfsr-kazakh-branch", "отд"),
            rule("верх\\p{L}*\\s?с?уд\\p{L}*|\\bвс\\s+(?:" + KAZ_SSR + "|" + USSR + "|рсфср|бсср|рб|ясср)|(?:президиум|пленум|коллеги\\p{L}*)\\s+вс\\b",
                    "court", OrganNormaliser::supremeCourt, "верх|вс"),
            rule("облсуд|обл\\s?суд|областн\\p{L}* суд|губсуд|краев\\p{L}* суд|крайсуд|окрсуд|\\bсуд по \\p{L}+ обл",
                    "court", c -> "oblast-court", "суд"),
            rule("нарсуд|народн\\p{L}* суд", "court", c -> "peoples-court", "суд"),
            rule("линейн\\p{L}* суд|транспортн\\p{L}* суд", "court", c -> "transport-court", "суд"),
            rule("рев\\s?трибунал|ревтрибунал|революционн\\p{L}* трибунал", "court", c -> "revolutionary-tribunal", "трибунал"),
            rule("трибунал|\\bсуд\\p{L}*|\\bсп?ецколлеги|судебн\\p{L}* коллеги", "court", c -> null, "трибунал|суд|коллеги"),
            rule("\\b(?:в|губ|дт|обл|уезд)?чк\\b", "security-organ", c -> "vchk", "чк"),
            // «ОДТООГПУ», «РООГПУ»: departments glued to the organ's name.
            rule("\\p{L}*огпу\\b", "security-organ",
                    c -> c.has("\\bпп\\s+огпу") && c.has(KAZ_SSR) ? "ogpu-pp-kazakhstan" : "ogpu", "огпу"),
            rule("\\p{L}*гпу\\b", "security-organ", c -> "gpu", "гпу"),
            rule("\\bу?мгб\\b", "security-organ", c -> "mgb", "мгб"),
            rule("\\bу?нкгб\\b", "security-organ", c -> "nkgb", "нкгб"),
            rule("\\b(?:у|ук)?кгб\\b", "security-organ", c -> c.has("нквд") ? null : "kgb", "кгб"),
            rule("\\b(?:г?у|у?м)вд\\b", "security-organ", c -> "mvd", "вд"),
            rule("\\bунквд\\b|\\bу нквд\\b", "security-organ",
                    c -> localOffice(c) ? null : c.oblast() != null ? "unkvd-" + c.oblast() : "unkvd", "нквд"),
            rule("\\bнквд\\b", "security-organ", OrganNormaliser::nkvd, "нквд"),
            // Border guards, special departments, SMERSH, the GUGB: security organs without a concept of their own.
            rule("погранотряд|\\bпог[ок]\\b|погранкомендатур|погранзастав|\\bсмерш\\b|\\bоо\\s?нквд|особ\\p{L}* отдел"
                    + "|\\bг?угб\\b|опергрупп|оперсектор|оперотдел", "security-organ", c -> null, "пог|смерш|оо|особ|угб|опер"),
            rule("\\bрик\\b|райисполком|исполком|сельсовет", "executive",
                    c -> c.has("\\bрик\\b|райисполком") ? "district-executive-committee" : null, "рик|исполком|сельсовет"),
            rule("\\bцик\\b|\\bснк\\b|\\bгко\\b|\\bпвс\\b|президиум\\p{L}* верховного совета", "executive", c -> null, "цик|снк|гко|пвс|президиум"),
            // The review commissions of 1954-56 and of the oblasts, which rehabilitated.
            rule("комисси\\p{L}*\\s+(?:\\p{L}+\\s+)?по\\s+пересмотр\\p{L}*|облкомисси\\p{L}* по пересмотр", "other", c -> null, "пересмотр"));

    /** Region as written: «по Карагандинской обл.», «в г. Алма-Ата», «по ЮКО», «Балхашский», «Семоблсуд». */
    // Each word of a region name starts a word and is taken whole (possessive): otherwise a long run
    // of letters with capitals inside («АрестованАрестован…») is tried from every capital and split
    // every way, seconds of backtracking on one field (found by the longer fuzz run, seed 14,802).
    private static final List<Pattern> REGION_TEXT = List.of(
            Lower.compile("(?:(?<!\\p{L})(?:по|при|в)\\s+)?(?:(?<![\\p{L}-])\\p{Lu}\\p{Ll}[\\p{L}-]*+\\.?\\s*){1,2}"
                    + "(?iu:обл(?:асти|асть)?\\b\\.?|край|краю|губ\\.|губернии)", CASED),
            Lower.compile("(?:(?<!\\p{L})(?:по|в)\\s+)?\\b(?:ЮКО|ВКО|СКО|ЗКО|НСО|НВК|ЗСК|ДВК|ИПО|МО|АО|ТАССР|КАССР|КазАССР|Казахстане"
                    + "|Каз\\.?\\s?ССР|КазССР|КССР|Казахской ССР|РСФСР|БССР|ЯАССР|Дальстрою|ТуркВО|ПриВО|САВО|КСАВО"
                    + "|ЮжУрВО|БВО)\\b", CASED),
            Lower.compile("(?<!\\p{L})в\\s+г\\.\\s*\\p{Lu}[\\p{L}-]*", CASED),
            Lower.compile("\\b(?:Сем|Акмол|Актюб|ВК|СК|ЗК|ЮК)\\s?\\.?\\s?(?iu:обл)\\p{L}*", CASED),
            Lower.compile("(?<!\\p{L})\\p{Lu}[\\p{L}-]+(?:ский|ская|ское|ской|ского|ским|скую|цкий|цкая)\\b"
                    + "(?=\\.?\\s*(?:обл|губ|облсуд|облпрокуратур|областн|суд|\\p{Lu}))", CASED));

    private static Rule rule(String regex, String kind, Function<Context, String> organ, String keys) {
        return new Rule(Lower.compile(regex, FLAGS), kind, organ, List.of(keys.split("\\|")));
    }

    /** The organ a text names: understood when its kind is recognised; the concrete organ and region when stated. */
    public Parsed<Organ> parse(String text) {
        return cache.get(text);
    }

    private Parsed<Organ> read(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.unparsed(text == null ? "" : text, Problem.Kind.BLANK, "no organ given");
        }
        String normalised = normalise(text);
        Matcher region = regionText(text);
        String regionText = region == null ? null : region.group().strip();
        // Only a region said to be an oblast is one («Карагандинский облсуд», «по ЮКО»): «Акмолинский
        // РО НКВД» is a district's office, «Семипалатинское губ. ЧК» a governorate's, «Карагандинской
        // ж.д.» a railway's.
        String said = region == null ? null
                : Lower.of(text.substring(region.start(), Math.min(text.length(), region.end() + 8)));
        String oblast = said == null || !OBLAST_WORD.matcher(said).find() ? null : Oblasts.find(regionText).orElse(null);
        Context context = new Context(normalised, oblast);
        for (Rule r : RULES) {
            if (r.matches(normalised)) {
                return Parsed.ok(text, new Organ(text, r.organ().apply(context), r.kind(), regionText, oblast));
            }
        }
        return Parsed.unparsed(text, Problem.Kind.UNRECOGNISED, "no organ recognised");
    }

    private static String troika(Context c) {
        if (c.has("огпу")) {
            return c.has(KAZ_SSR) ? "ogpu-troika-kazakhstan" : "ogpu-troika";
        }
        if (!c.has("нквд")) {
            // A bare «тройка», or one of obkom, revkom and Cheka («Тройка обкома, ревкома, облЧК»):
            // which troika it was is not said.
            return null;
        }
        return c.oblast() != null && TROIKA_OBLASTS.contains(c.oblast()) ? "nkvd-troika-" + c.oblast() : "nkvd-troika";
    }

    private static String prosecutor(Context c) {
        if (c.oblast() != null || c.has("обл|район|р-н|\\bг\\s|города|гор\\p{L}*\\s")) {
            return "prosecutor";
        }
        if (c.has(KAZ_SSR)) {
            return "prosecutor-kazakh-ssr";
        }
        // The Prosecutor's Office of the Republic of Kazakhstan is its General Prosecutor's Office.
        return c.has("\\bрк\\b|республики казахстан") ? "prosecutor-general-kazakhstan" : "prosecutor";
    }

    private static String specialBoard(Context c) {
        if (c.has("огпу")) {
            return "ogpu-special-board";
        }
        if (c.has("\\bмгб\\b")) {
            return "mgb-special-board";
        }
        if (c.has("\\bмвд\\b")) {
            return "mvd-special-board";
        }
        // Only the board of the USSR NKVD is the concept; regional boards (ОС при УНКВД по ЮКО) and a
        // bare «ОСО» are special boards of unstated organ.
        return c.has("\\bнквд\\b") && c.has(USSR) ? "nkvd-special-board" : null;
    }

    private static String supremeCourt(Context c) {
        if (c.has("рсфср")) {
            // «Спецколлегия верховного суда РСФСР в Казахстане»: the RSFSR court's Kazakh branch.
            return c.has(KAZ_SSR) ? "supreme-court-rsfsr-kazakh-branch" : null;
        }
        if (c.has("\\b" + USSR + "\\b") && !c.has(KAZ_SSR)) {
            return "supreme-court-ussr";
        }
        return c.has(KAZ_SSR) ? "supreme-court-kazakh-ssr" : null;
    }

    /**
     * A district, city or transport office («Илийский РО УНКВД», «Пятигорский ГО УНКВД», «ГУГБ НКВД
     * ст.Ершов»): part of an NKVD, not the NKVD or UNKVD itself.
     */
    private static boolean localOffice(Context c) {
        return c.has("\\b(?:ро|го|рай\\p{L}*|гор\\p{L}*)\\s+у?нквд|райотдел|горотдел|\\bрайонн|\\bлинейн"
                + "|\\bст\\b|ж\\s?д\\b|желез|жел\\s|\\bо?дто\\b|\\bто\\s+(?:угб|нквд)");
    }

    private static String nkvd(Context c) {
        if (localOffice(c)) {
            return null;
        }
        if (c.has(KAZ_SSR)) {
            return "nkvd-kazakh-ssr";
        }
        if (c.has(USSR)) {
            return "nkvd-ussr";
        }
        return c.oblast() != null ? "unkvd-" + c.oblast() : null;
    }

    /** Lower case, ё → е, dots and spaces collapsed, so that «НКВД. СССР» and «П.П. ОГПУ» read as words. */
    private static String normalise(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        s = PP.matcher(s).replaceAll("пп");
        s = PUNCTUATION.matcher(s).replaceAll(" ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** The first region pattern's match, or null. */
    private static Matcher regionText(String text) {
        for (Pattern p : REGION_TEXT) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }
}
