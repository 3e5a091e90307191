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

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

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
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*[,;]\\s*|(?<=(?:обл|р-н|губ|уезд)\\.?)\\s+(?=\\p{Lu})|(?<=обл\\.)(?=\\p{Lu})"
                    + "|(?<=\\p{L})\\s+(?=\\p{Lu}[\\p{L}-]+\\s+(?:обл|р-н|район|губ|уезд))");
    private static final Pattern TRIM = Pattern.compile("^[\\s.,;:\\-–]+|[\\s,;:\\-–]+$|(?<!\\p{L}\\.\\p{L})\\.{2,}$");

    private final Gazetteer gazetteer;

    public PlaceNormaliser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private static Marker marker(String regex, PlaceLevel level, String spelledOut) {
        return new Marker(Pattern.compile(
                "^(?:" + regex + ")\\s*(?<name>.+)$|^(?<name2>.+?)\\s*" + B + "(?:" + regex + ")" + E + "\\.?$", FLAGS),
                level, spelledOut);
    }

    public Parsed<PlaceName> parse(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.unparsed(text == null ? "" : text, Problem.Kind.BLANK, "no place given");
        }
        List<PlaceComponent> components = new ArrayList<>();
        for (String raw : SPLIT.split(text)) {
            String part = TRIM.matcher(raw).replaceAll("");
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
        for (Marker m : MARKERS) {
            Matcher matcher = m.pattern().matcher(part);
            if (matcher.matches()) {
                String name = Optional.ofNullable(matcher.group("name")).orElse(matcher.group("name2"));
                name = TRIM.matcher(name).replaceAll("");
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
