package kz.esimder.convert.normalise;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    private static final int FLAGS =
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final int CASED = Pattern.UNICODE_CHARACTER_CLASS;

    /** One rule: when {@code pattern} is found, the kind, and the organ as a function of the region. */
    private record Rule(Pattern pattern, String kind, Function<Context, String> organ) {
    }

    /** What a rule's organ function may look at. */
    private record Context(String normalised, String oblast) {
        boolean has(String regex) {
            return COMPILED.computeIfAbsent(regex, r -> Pattern.compile(r, FLAGS)).matcher(normalised).find();
        }
    }

    /** The organ functions' patterns, compiled once: the converters call this for every record. */
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();
    private static final String USSR = "(?:ссср|союза)";
    private static final String KAZ_SSR =
            "(?:каз\\s?сср|ксср|каз\\s?асср|касср|казахской а?сср|казахстан\\p{L}*)";

    private static final List<Rule> RULES = List.of(
            rule("двойк|комисси\\p{L}* нквд и (?:прокур|пр-р)|нквд и прокурор", "dvoika", c -> "nkvd-dvoika"),
            rule("тройк|\"тройка\"", "troika", OrganNormaliser::troika),
            rule("особ\\p{L}* совещ|\\bосо\\b|\\bос\\b(?!\\s*-)", "special-board", OrganNormaliser::specialBoard),
            rule("военн\\p{L}* коллеги|\\bвк\\s?вс\\b|\\bвквс\\b", "military-collegium",
                    c -> c.has("выездн") ? "military-collegium-visiting-session" : "military-collegium"),
            rule("коллеги\\p{L}*\\s+(?:пп\\s+)?огпу|огпу\\p{L}*\\s+коллеги|спецколлеги\\p{L}* огпу"
                    + "|коллеги\\p{L}* пп огпу", "ogpu-collegium", c -> "ogpu-collegium"),
            rule("военн\\p{L}* прокур|прокур|\\bпр-р|\\bгвп\\b|\\bгп\\b|генпокур", "prosecutor", c -> "prosecutor"),
            rule("военн\\p{L}* трибун|\\bвт\\b|военным трибун", "military-tribunal", c -> "military-tribunal"),
            rule("верх\\p{L}*\\s?суд|\\bвс\\s+(?:" + KAZ_SSR + "|" + USSR + "|рсфср|бсср|рб|ясср)|(?:президиум|пленум|коллеги\\p{L}*)\\s+вс\\b",
                    "court", OrganNormaliser::supremeCourt),
            rule("облсуд|обл\\s?суд|областн\\p{L}* суд|губсуд|краев\\p{L}* суд|крайсуд|окрсуд|\\bсуд по \\p{L}+ обл",
                    "court", c -> "oblast-court"),
            rule("нарсуд|народн\\p{L}* суд", "court", c -> "peoples-court"),
            rule("трибунал|\\bсуд\\p{L}*|\\bсп?ецколлеги|судебн\\p{L}* коллеги", "court", c -> null),
            rule("\\b(?:в|губ|дт|обл|уезд)?чк\\b", "security-organ", c -> "vchk"),
            rule("\\bогпу\\b|\\bпп огпу\\b", "security-organ",
                    c -> c.has("\\bпп\\s+огпу") && c.has(KAZ_SSR) ? "ogpu-pp-kazakhstan" : "ogpu"),
            rule("\\bгпу\\b", "security-organ", c -> "gpu"),
            rule("\\bу?мгб\\b", "security-organ", c -> "mgb"),
            rule("\\bу?нкгб\\b", "security-organ", c -> "nkgb"),
            rule("\\b(?:у|ук)?кгб\\b", "security-organ", c -> "kgb"),
            rule("\\b(?:г?у|м)вд\\b|\\bмвд\\b", "security-organ", c -> "mvd"),
            rule("\\bунквд\\b|\\bу нквд\\b", "security-organ",
                    c -> c.oblast() != null ? "unkvd-" + c.oblast() : "unkvd"),
            rule("\\bнквд\\b", "security-organ", OrganNormaliser::nkvd),
            rule("\\bрик\\b|райисполком|исполком|сельсовет", "executive",
                    c -> c.has("\\bрик\\b|райисполком") ? "district-executive-committee" : null),
            rule("\\bцик\\b|\\bснк\\b|\\bгко\\b|\\bпвс\\b|президиум\\p{L}* верховного совета", "executive", c -> null));

    /** Region as written: «по Карагандинской обл.», «в г. Алма-Ата», «по ЮКО», «Балхашский», «Семоблсуд». */
    private static final List<Pattern> REGION_TEXT = List.of(
            Pattern.compile("(?:(?:по|при|в)\\s+)?(?:\\p{Lu}\\p{Ll}[\\p{L}-]*\\.?\\s*){1,2}"
                    + "(?i:обл(?:асти|асть)?\\b\\.?|край|краю|губ\\.|губернии)", CASED),
            Pattern.compile("(?:(?:по|в)\\s+)?\\b(?:ЮКО|ВКО|СКО|ЗКО|НСО|НВК|ЗСК|ДВК|ИПО|МО|АО|ТАССР|КАССР|КазАССР|Казахстане"
                    + "|Каз\\.?\\s?ССР|КазССР|КССР|Казахской ССР|РСФСР|БССР|ЯАССР|Дальстрою|ТуркВО|ПриВО|САВО|КСАВО"
                    + "|ЮжУрВО|БВО)\\b", CASED),
            Pattern.compile("в\\s+г\\.\\s*\\p{Lu}[\\p{L}-]*", CASED),
            Pattern.compile("\\b(?:Сем|Акмол|Актюб|ВК|СК|ЗК|ЮК)\\s?\\.?\\s?(?i:обл)\\p{L}*", CASED),
            Pattern.compile("(?<!\\p{L})\\p{Lu}[\\p{L}-]+(?:ский|ская|ское|ской|ского|ским|скую|цкий|цкая)\\b"
                    + "(?=\\.?\\s*(?:обл|губ|облсуд|облпрокуратур|областн|суд|\\p{Lu}))", CASED));

    private static Rule rule(String regex, String kind, Function<Context, String> organ) {
        return new Rule(Pattern.compile(regex, FLAGS), kind, organ);
    }

    public Parsed<Organ> parse(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.unparsed(text == null ? "" : text, Problem.Kind.BLANK, "no organ given");
        }
        String normalised = normalise(text);
        String regionText = regionText(text).orElse(null);
        String oblast = regionText == null ? null : Oblasts.find(regionText).orElse(null);
        Context context = new Context(normalised, oblast);
        for (Rule r : RULES) {
            if (r.pattern().matcher(normalised).find()) {
                return Parsed.ok(text, new Organ(text, r.organ().apply(context), r.kind(), regionText, oblast));
            }
        }
        return Parsed.unparsed(text, Problem.Kind.UNRECOGNISED, "no organ recognised");
    }

    private static String troika(Context c) {
        if (c.has("огпу")) {
            return "ogpu-troika";
        }
        if (c.has("вчк|\\bчк\\b|гпу")) {
            return null;
        }
        return c.oblast() != null ? "nkvd-troika-" + c.oblast() : "nkvd-troika";
    }

    private static String specialBoard(Context c) {
        if (c.has("огпу")) {
            return "ogpu-special-board";
        }
        if (c.has("\\bмгб\\b")) {
            return "mgb-special-board";
        }
        // Only the board of the USSR NKVD is the concept; regional boards (ОС при УНКВД по ЮКО) and a
        // bare «ОСО» are special boards of unstated organ.
        return c.has("\\bнквд\\b") && c.has(USSR) ? "nkvd-special-board" : null;
    }

    private static String supremeCourt(Context c) {
        if (c.has("\\b" + USSR + "\\b") && !c.has(KAZ_SSR)) {
            return "supreme-court-ussr";
        }
        return c.has(KAZ_SSR) ? "supreme-court-kazakh-ssr" : null;
    }

    private static String nkvd(Context c) {
        if (c.has("\\b(?:ро|го|рай\\p{L}*|гор\\p{L}*)\\s+нквд|райотдел|горотдел|\\bрайонн|\\bлинейн")) {
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
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е')
                .replaceAll("\\bп\\.\\s?п\\.", "пп")
                .replaceAll("[.,;:()]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static Optional<String> regionText(String text) {
        for (Pattern p : REGION_TEXT) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return Optional.of(m.group().strip());
            }
        }
        return Optional.empty();
    }
}
