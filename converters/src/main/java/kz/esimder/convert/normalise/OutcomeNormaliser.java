package kz.esimder.convert.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outcomes: «Расстрелян(а) 09.05.1938» (also the source's «Рассстрелян»), «Освобожден(а)
 * 21.11.1945», «Умер(ла) в заключении …», «Прибыла в Карлаг 03.11.1940», «Прибыла в Акмолинское ЛО
 * 07.05.1938 из Лубянской тюрьмы г.Москвы. Убыла из Карлага 01.11.1940 в Джезказган», «отбыв.:
 * Карлаг», «Место захоронения: Коммунарка».
 *
 * <p>Each event starts at its verb and runs to the next verb; its first date is the event's date.
 * A death is {@code death-in-custody} only when the clause says so (в заключении, в лагере, a camp,
 * a prison); otherwise it is {@code death}. Text before the first verb, and a date that is not a
 * date, are the unparsed rest of a partial result. Thread-safe.
 */
public final class OutcomeNormaliser {
    private final ParseCache<Outcomes> cache = new ParseCache<>(this::read);

    /** Every pattern but {@link #SENTENCE_END} is lower case and matches {@link Lower#of} of the text. */
    private static final int FLAGS = 0;

    /** The verbs that start an event, one named group per kind. */
    static final Pattern VERB = Lower.compile("(?<!\\p{L})(?:"
            + "(?<execution>рас+трел[яе]н\\p{L}*|атылды|атылған)"
            + "|(?<release>освобожд?[её]н(?:а|ы|о)?(?!\\p{L})|освоб\\.|босатылды|босатылған)"
            + "|(?<death>умер(?:ла|ли)?(?!\\p{L})|скончал\\p{L}*|погиб(?:ла|ли)?(?!\\p{L})|қайтыс\\s+бол\\p{L}*)"
            + "|(?<arrival>прибыл\\p{L}*|направлен[аы]?\\s+в(?=\\s+\\p{L}*лаг))"
            + "|(?<departure>убыл\\p{L}*)"
            + "|(?<stay>отбыв(?:\\.|ал\\p{L}*|ала)(?:\\s*наказание)?:?|находил\\p{L}*)"
            + "|(?<burial>место\\s+захоронения\\s*:?)"
            + ")", FLAGS);
    private static final Pattern IN_CUSTODY = Lower.compile(
            "заключени|лагер|лазарет|тюр[ье]м|итл|под\\s+страж|лаг(?!\\p{L})|лаг[аеу]\\b|\\p{L}+лаг", FLAGS);
    private static final Pattern FROM = Lower.compile("(?<!\\p{L})из\\s+(?<text>.+?)(?=\\s+-?\\s*в\\s+|$)", FLAGS);
    private static final Pattern INTO = Lower.compile("(?:^|\\s|-)\\s*(?:в|во)\\s+(?<text>.+?)(?=\\s+из\\s+|$)", FLAGS);
    /** A full stop that ends a sentence: not the dot of «г.», «обл.», «ст.» or of a date. */
    private static final Pattern SENTENCE_END = Lower.compile("(?<!(?<!\\p{L})\\p{L}{1,3})\\.\\s+(?=\\p{Lu})");

    /** The named groups of {@link #VERB}. */
    private static final List<String> KINDS = List.of("execution", "release", "death", "arrival", "departure", "stay", "burial");

    /** A verb found in a sentence: where, which group of {@link #VERB}, and its text. */
    private record Verb(int start, int end, String kind, String text) {
    }

    private final DateNormaliser dates;
    private final Gazetteer camps;

    /** Camps resolved by the built-in names only. */
    public OutcomeNormaliser(DateNormaliser dates) {
        this(dates, Gazetteer.empty());
    }

    /** Camps resolved by the built-in names, then by {@code camps} (the camp vocabulary's labels). */
    public OutcomeNormaliser(DateNormaliser dates, Gazetteer camps) {
        this.dates = dates;
        this.camps = camps;
    }

    /** The events and burial place of a text; partial when text between them, or a date, is not understood. */
    public Parsed<Outcomes> parse(String text) {
        return cache.get(text);
    }

    private Parsed<Outcomes> read(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.unparsed(text == null ? "" : text, Problem.Kind.BLANK, "no outcome given");
        }
        List<OutcomeEvent> events = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        String burial = null;
        for (String sentence : SENTENCE_END.split(text)) {
            List<Verb> verbs = new ArrayList<>();
            Matcher m = VERB.matcher(Lower.of(sentence));
            while (m.find()) {
                String kind = KINDS.stream().filter(k -> m.group(k) != null).findFirst().orElseThrow();
                verbs.add(new Verb(m.start(), m.end(), kind, m.group()));
            }
            if (verbs.isEmpty()) {
                addRest(rest, sentence);
                continue;
            }
            String prefix = Trim.around(sentence.substring(0, verbs.get(0).start()));
            for (int i = 0; i < verbs.size(); i++) {
                Verb verb = verbs.get(i);
                int end = i + 1 < verbs.size() ? verbs.get(i + 1).start() : sentence.length();
                String clause = Trim.around(sentence.substring(verb.start(), end));
                String body = sentence.substring(verb.end(), end);
                if (verb.kind().equals("burial")) {
                    burial = blankToNull(Trim.around(body));
                } else if (i == 0 && !prefix.isEmpty() && (verb.kind().equals("stay")
                        || dates.findAll(body).isEmpty() && !dates.findAll(prefix).isEmpty())) {
                    // «В АЛЖИРе находилась до 09.08.1939»: the camp comes before the verb; in Kazakh,
                    // «1937 жылы 26 қарашада атылды», the date does.
                    events.add(event(verb, prefix + " " + clause, prefix + " " + body, rest));
                    prefix = "";
                } else {
                    events.add(event(verb, clause, body, rest));
                }
            }
            addRest(rest, prefix);
        }
        if (events.isEmpty() && burial == null) {
            return Parsed.unparsed(text, Problem.Kind.UNRECOGNISED, "no execution, release, death or camp movement");
        }
        Outcomes value = new Outcomes(events, burial);
        return rest.isEmpty() ? Parsed.ok(text, value) : Parsed.partial(text, value, String.join(" … ", rest));
    }

    private OutcomeEvent event(Verb verb, String clause, String body, List<String> rest) {
        FuzzyDate date = null;
        String dateText = null;
        String withoutDate = body;
        Optional<DateMatch> found = dates.findAll(body).stream().findFirst();
        if (found.isPresent()) {
            DateMatch d = found.get();
            dateText = d.date().text();
            date = d.date().value().orElse(null);
            if (date == null) {
                rest.add(dateText);
            }
            // «находилась до 09.08.1939»: the date is when the stay ended; «до» is not a place.
            withoutDate = body.substring(0, d.start()).replaceAll("(?i)\\s*до\\s*$", "") + " " + body.substring(d.end());
        }
        withoutDate = Trim.around(withoutDate.replaceAll("\\s+", " "));
        String remaining = blankToNull(withoutDate);
        if (verb.kind().equals("execution")) {
            return new OutcomeEvent("execution", null, date, dateText, null, null, remaining, clause);
        }
        if (verb.kind().equals("release")) {
            String from = group(FROM, withoutDate);
            return new OutcomeEvent("release", null, date, dateText, from, camp(from), null, clause);
        }
        if (verb.kind().equals("death")) {
            String type = remaining != null && IN_CUSTODY.matcher(Lower.of(remaining)).find() ? "death-in-custody" : "death";
            String camp = camp(remaining);
            return new OutcomeEvent(type, null, date, dateText, camp == null ? null : remaining, camp, remaining, clause);
        }
        if (verb.kind().equals("arrival")) {
            String into = group(INTO, withoutDate);
            return new OutcomeEvent("imprisonment", OutcomeEvent.Movement.ARRIVAL, date, dateText,
                    into, camp(into), group(FROM, withoutDate), clause);
        }
        if (verb.kind().equals("departure")) {
            String from = group(FROM, withoutDate);
            return new OutcomeEvent("imprisonment", OutcomeEvent.Movement.DEPARTURE, date, dateText,
                    from, camp(from), group(INTO, withoutDate), clause);
        }
        // A stay: «отбыв.: Карлаг», «отбывал наказание в Прорвлаге», «В АЛЖИРе находилась до 09.08.1939».
        String campText = Optional.ofNullable(group(INTO, withoutDate)).orElse(remaining);
        OutcomeEvent.Movement movement = date != null && verb.text().toLowerCase(java.util.Locale.ROOT)
                .startsWith("наход") ? OutcomeEvent.Movement.DEPARTURE : null;
        return new OutcomeEvent("imprisonment", movement, date, dateText, campText, camp(campText), null, clause);
    }

    private String camp(String text) {
        return text == null ? null : Camps.find(text, camps).orElse(null);
    }

    private static String group(Pattern p, String text) {
        Matcher m = Lower.matcher(p, text);
        return m.find() ? blankToNull(Trim.around(Lower.group(m, text, "text"))) : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void addRest(List<String> rest, String piece) {
        String p = Trim.around(piece);
        if (!p.isEmpty()) {
            rest.add(p);
        }
    }
}
