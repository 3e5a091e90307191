package kz.esimder.convert.normalise;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rehabilitation statements: «Реабилитирован 19 марта 1990 г. Верховный суд КазССР УКАЗ ПВС СССР ОТ
 * 16.01.1989», «Реабилитирована в июле 1998 г.», «… Прокуратура РК Закон РК от 14.04.1993»,
 * «Реабилитирован ВК ВС СССР 29.07.1958», «за отсутствием состава преступления», «по Закону от 18
 * октября 1991 г.», «Отказано в реабилитации». Accepts the whole line or the value after the label.
 * The act is named only by its full date, and only when the vocabulary holds an act of that date;
 * any act stays as written in {@link Rehabilitation#basisText()}. What is neither date, act, ground
 * nor organ is the unparsed rest. Thread-safe.
 */
public final class RehabilitationNormaliser {
    private final ParseCache<Rehabilitation> cache = new ParseCache<>(this::read);

    /** Every pattern here is lower case and matches {@link Lower#of} of the text. */
    private static final int FLAGS = 0;

    private record Ground(Pattern pattern, String localName) {
    }

    private static final List<Ground> GROUNDS = List.of(
            new Ground(Lower.compile("за\\s+отсутствием\\s+состава\\s+преступлени\\p{L}*", FLAGS), "no-corpus-delicti"),
            new Ground(Lower.compile("за\\s+отсутствием\\s+события\\s+преступлени\\p{L}*", FLAGS), "no-event-of-crime"),
            new Ground(Lower.compile("за\\s+недоказанност\\p{L}*(?:\\s+(?:состава|обвинения|вины)(?:\\s+преступлени\\p{L}*)?)?"
                    + "|за\\s+недостаточностью\\s+(?:собранных\\s+)?(?:улик|доказательств)", FLAGS), "insufficient-evidence"));
    private static final Pattern LABEL = Lower.compile(
            "^\\s*(?:реабилитирован\\p{L}*|реабил\\.|реабилитация|ақталды|ақталған)\\s*:?", FLAGS);
    private static final Pattern REFUSED = Lower.compile(
            "отказано\\s+в\\s+реабилитаци\\p{L}*|не\\s+подлеж\\p{L}*\\s+реабилитаци\\p{L}*|в\\s+реабилитации\\s+отказано", FLAGS);
    /** An act named without its date («на основании Указа ПВС СССР», «Закон РФ»): kept as basis text only. */
    private static final Pattern UNDATED_ACT = Lower.compile(
            "(?:указ|закон)\\p{L}*(?:\\s+(?:пвс|президиума|президента|верховного|совета|ссср|рф|рк|рсфср|казсср))*", FLAGS);
    /** Words around the parts that carry nothing themselves. */
    private static final Pattern FILLER = Lower.compile(
            "(?:\\b(?:по|на|основании|в|соответствии|с|и|опред|определением|постановлением|решением|заключением"
                    + "|считается|реабилитированн?\\p{L}*|реабилитирован\\p{L}*|дело|прекращено)\\b|[\\s.,;:\"«»()\\-–—])+",
            FLAGS);

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s.,;:]+|[\\s.,;:]+$");

    private final DateNormaliser dates;
    private final OrganNormaliser organs;

    public RehabilitationNormaliser(DateNormaliser dates, OrganNormaliser organs) {
        this.dates = dates;
        this.organs = organs;
    }

    /** A rehabilitation statement, whole line or value; unparsed when it holds no date, organ, basis or refusal. */
    public Parsed<Rehabilitation> parse(String text) {
        return cache.get(text);
    }

    private Parsed<Rehabilitation> read(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.unparsed(text == null ? "" : text, Problem.Kind.BLANK, "no rehabilitation given");
        }
        BitSet used = new BitSet(text.length());
        String lower = Lower.of(text);
        Matcher label = LABEL.matcher(lower);
        if (label.find()) {
            used.set(label.start(), label.end());
        }
        // The refusal and ground patterns run only on texts that hold their key word: most hold neither.
        boolean refused = (lower.contains("отказ") || lower.contains("подлеж")) && mark(REFUSED.matcher(lower), used);
        String basis = null;
        String basisText = null;
        Matcher act = NormativeActs.ACT.matcher(lower);
        while (basisText == null && act.find()) {
            Optional<DateMatch> actDate = dates.findAll(text.substring(act.end())).stream().findFirst()
                    .filter(d -> d.start() == 0);
            if (actDate.isPresent() && actDate.get().date().value().isPresent()) {
                // A dated act is the basis as written; it names a concept only when the vocabulary has one of that date.
                basis = NormativeActs.rehabilitationAct(actDate.get().date().value().get()).orElse(null);
                int end = act.end() + actDate.get().end();
                basisText = text.substring(act.start(), end).strip();
                used.set(act.start(), end);
            }
        }
        if (basisText == null) {
            Matcher undated = UNDATED_ACT.matcher(lower);
            if (undated.find() && free(used, undated.start(), undated.end())) {
                basisText = text.substring(undated.start(), undated.end());
                used.set(undated.start(), undated.end());
            }
        }
        String ground = null;
        boolean groundWords = lower.contains("за");
        for (Ground g : GROUNDS) {
            Matcher m = g.pattern().matcher(lower);
            if (ground == null && groundWords && m.find()) {
                ground = g.localName();
                if (basisText == null) {
                    // A ground stated alone is the basis as written («за отсутствием состава преступления»).
                    basisText = text.substring(m.start(), m.end());
                }
                m.reset();
                mark(m, used);
            }
        }
        FuzzyDate date = null;
        String badDate = null;
        for (DateMatch d : dates.findAll(text)) {
            if (free(used, d.start(), d.end()) && date == null && badDate == null) {
                date = d.date().value().orElse(null);
                badDate = date == null ? d.date().text() : null;
                used.set(d.start(), d.end());
            }
        }
        String rest = rest(text, used);
        Organ organ = null;
        if (!rest.isEmpty()) {
            Parsed<Organ> o = organs.parse(rest);
            if (o.isUnderstood()) {
                organ = o.value().get();
                rest = "";
            }
        }
        if (badDate != null) {
            rest = rest.isEmpty() ? badDate : badDate + " … " + rest;
        }
        if (!refused && basisText == null && ground == null && date == null && organ == null) {
            return Parsed.unparsed(text, Problem.Kind.UNRECOGNISED, "no date, organ or basis recognised");
        }
        Rehabilitation value = new Rehabilitation(refused, date, organ, basis, basisText, ground);
        return rest.isEmpty() ? Parsed.ok(text, value) : Parsed.partial(text, value, rest);
    }

    private static boolean mark(Matcher m, BitSet used) {
        boolean found = false;
        while (m.find()) {
            used.set(m.start(), m.end());
            found = true;
        }
        return found;
    }

    private static boolean free(BitSet used, int start, int end) {
        int next = used.nextSetBit(start);
        return next < 0 || next >= end;
    }

    /** The unused text, verbatim but trimmed, when it holds more than filler; else empty. */
    private static String rest(String text, BitSet used) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            b.append(used.get(i) ? ' ' : text.charAt(i));
        }
        String rest = SPACES.matcher(b).replaceAll(" ").strip();
        if (FILLER.matcher(Lower.of(rest)).replaceAll("").isBlank()) {
            return "";
        }
        return EDGE_PUNCTUATION.matcher(rest).replaceAll("");
    }
}
