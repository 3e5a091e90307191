package kz.esimder.convert.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Place texts: «г. Казань, с. Дербышки», «Карагандинская обл. Балхаш», «Лев-Толстовский р-н, с.
 * Головинщино», «н.п.Макеевка Донецкой обл.», «Мирзоянский р-н, аул 7», «Березка с.». Splits into
 * parts (commas, semicolons, and the end of an «обл.» or «р-н» part), tells each part's level from
 * its abbreviation, and resolves it against the {@link Gazetteer}: first as written, then with the
 * abbreviation spelled out («Карагандинская область»), then the bare name for a settlement. An
 * oblast of the Kazakh SSR the gazetteer does not know is still resolved by its own spellings
 * (inflected forms too: «в Кустанайскую область»). A place the gazetteer does not know stays text;
 * only an empty text is unparsed. Thread-safe.
 */
public final class PlaceNormaliser {
    private final ParseCache<PlaceName> cache = new ParseCache<>(this::read);

    /** The markers are lower case and match {@link Lower#of} of a part. */
    private static final int FLAGS = 0;

    private record Marker(Pattern pattern, PlaceLevel level, String spelledOut) {
    }

    /** A marker before or after the name, as a whole word. */
    private static final String B = "(?<![\\p{L}])";
    private static final String E = "(?![\\p{L}])";
    private static final List<Marker> MARKERS = List.of(
            marker("обл\\.?|област\\p{L}*|губ\\.?|губерни\\p{L}*|кра[йяю]|кр\\.|округ\\p{L}*|окр\\.", PlaceLevel.REGION, "область"),
            marker("р-н\\p{L}*|р-на|район\\p{L}*|уезд\\p{L}*|у\\.|вол\\.?|волост\\p{L}*", PlaceLevel.DISTRICT, "район"),
            marker("н\\.\\s?п\\.|г\\.|гор\\.|город|с\\.|село|д\\.|дер\\.|деревня|аул|а\\.|пос\\.|п\\.|поселок|посёлок|ст\\.|станция"
                    + "|станица|х\\.|хутор|местечко|м\\.|кишлак|совхоз|колхоз|рудник|разъезд|рзд\\.", PlaceLevel.SETTLEMENT, ""),
            marker("асср|сср|республик\\p{L}*|казахстан\\p{L}*|ссср|рсфср", PlaceLevel.COUNTRY, ""));
    /**
     * Parts end at commas and semicolons, after an oblast or district abbreviation followed by a
     * capital, and before «Донецкой обл.» or «Лозовский р-н» written after a village.
     */
    private static final Pattern SPLIT = Lower.compile(
            "\\s*[,;]\\s*|(?<=(?iu:обл|р-н|губ|уезд)\\.?)\\s+(?=\\p{Lu})|(?<=(?iu:обл)\\.)(?=\\p{Lu})"
                    + "|(?<=\\p{L})\\s+(?=\\p{Lu}[\\p{L}-]+\\s+(?iu:обл|р-н|район|губ|уезд|кра[йяю]|асср|сср))");
    /** Words before a place that are not part of it: «в Актюбинская обл.», «уроженец с. Косяково». */
    private static final Pattern LEADING = Lower.compile("^(?:в|во|из|уроженец|уроженка|родом\\s+из)\\s+");
    /** An oblast of the Kazakh SSR by its abbreviation alone. */
    private static final Pattern OBLAST_ABBREVIATION = Lower.compile("юко|вко|ско|зко");
    /** A country or republic named alone: «Казахстан», «Казахская ССР», «РСФСР». */
    private static final Pattern COUNTRY = Lower.compile(
            "казахстан\\p{L}*|(?:\\p{L}+\\s+)?а?сср|ссср|рсфср|казсср|кассср|касср|республик\\p{L}*(?:\\s+\\p{L}+)*");

    private final Gazetteer gazetteer;

    public PlaceNormaliser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private static Marker marker(String regex, PlaceLevel level, String spelledOut) {
        return new Marker(Lower.compile(
                "^(?:" + regex + ")\\s*(?<name>.+)$|^(?<name2>.+?)\\s*" + B + "(?:" + regex + ")" + E + "\\.?$", FLAGS),
                level, spelledOut);
    }

    /** The parts of a place text, resolved where the gazetteer knows them; only a blank text is unparsed. */
    public Parsed<PlaceName> parse(String text) {
        return cache.get(text);
    }

    private Parsed<PlaceName> read(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.unparsed(text == null ? "" : text, Problem.Kind.BLANK, "no place given");
        }
        List<PlaceComponent> components = new ArrayList<>();
        Matcher before = Lower.matcher(LEADING, text);
        String body = before.find() ? text.substring(before.end()) : text;
        for (String raw : SPLIT.split(body)) {
            String part = Trim.around(raw);
            Matcher leading = Lower.matcher(LEADING, part);
            if (leading.find()) {
                part = Trim.around(part.substring(leading.end()));
            }
            if (!part.isEmpty()) {
                components.add(component(part));
            }
        }
        if (components.isEmpty()) {
            return Parsed.unparsed(text, Problem.Kind.UNRECOGNISED, "no place words");
        }
        String place = null;
        int bestRank = -1;
        for (PlaceComponent c : components) {
            int rank = rank(c.level());
            if (c.place() != null && rank > bestRank) {
                place = c.place();
                bestRank = rank;
            }
        }
        return Parsed.ok(text, new PlaceName(text, components, place));
    }

    private PlaceComponent component(String part) {
        String lower = Lower.of(part);
        if (OBLAST_ABBREVIATION.matcher(lower).matches()) {
            return new PlaceComponent(PlaceLevel.REGION, part, part, gazetteer.lookup(part).or(() -> Oblasts.find(part)).orElse(null));
        }
        if (COUNTRY.matcher(lower).matches()) {
            return new PlaceComponent(PlaceLevel.COUNTRY, part, part, gazetteer.lookup(part).orElse(null));
        }
        for (Marker m : MARKERS) {
            Matcher matcher = m.pattern().matcher(lower);
            if (matcher.matches()) {
                String name = Optional.ofNullable(Lower.group(matcher, part, "name")).orElse(Lower.group(matcher, part, "name2"));
                name = Trim.around(name);
                if (m.level() == PlaceLevel.COUNTRY) {
                    name = part;
                }
                return new PlaceComponent(m.level(), name, part, resolve(part, name, m).orElse(null));
            }
        }
        return new PlaceComponent(PlaceLevel.UNKNOWN, part, part, gazetteer.lookup(part).orElse(null));
    }

    private Optional<String> resolve(String part, String name, Marker m) {
        Optional<String> found = gazetteer.lookup(part);
        if (found.isEmpty() && !m.spelledOut().isEmpty()) {
            found = gazetteer.lookup(name + " " + m.spelledOut());
        }
        if (found.isEmpty() && m.level() == PlaceLevel.SETTLEMENT) {
            found = gazetteer.lookup(name);
        }
        if (found.isEmpty() && m.level() == PlaceLevel.REGION) {
            found = Oblasts.find(part);
        }
        return found;
    }

    /** More specific parts win: a village over its district over its oblast. */
    private static int rank(PlaceLevel level) {
        return switch (level) {
            case SETTLEMENT -> 4;
            case DISTRICT -> 3;
            case UNKNOWN -> 2;
            case REGION -> 1;
            case COUNTRY -> 0;
        };
    }
}
