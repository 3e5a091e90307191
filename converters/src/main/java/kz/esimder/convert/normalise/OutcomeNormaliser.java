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

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** The verbs that start an event, one named group per kind. */
    static final Pattern VERB = Pattern.compile("(?<!\\p{L})(?:"
            + "(?<execution>рас+трел[яе]н\\p{L}*)"
            + "|(?<release>освобожд?ен\\p{L}*|освоб\\.)"
            + "|(?<death>умер(?:ла|ли)?(?!\\p{L})|скончал\\p{L}*|погиб(?:ла|ли)?(?!\\p{L}))"
            + "|(?<arrival>прибыл\\p{L}*|направлен[аы]?\\s+в(?=\\s+\\p{L}*лаг|\\s+\\p{Lu}))"
            + "|(?<departure>убыл\\p{L}*)"
            + "|(?<stay>отбыв(?:\\.|ал\\p{L}*|ала)(?:\\s*наказание)?:?|находил\\p{L}*)"
            + "|(?<burial>место\\s+захоронения\\s*:?)"
            + ")", FLAGS);
    private static final Pattern IN_CUSTODY = Pattern.compile(
            "заключени|лагер|лазарет|тюр[ье]м|итл|под\\s+страж|лаг(?!\\p{L})|лаг[аеу]\\b|\\p{L}+лаг", FLAGS);
    private static final Pattern FROM = Pattern.compile("(?<!\\p{L})из\\s+(?<text>.+?)(?=\\s+-?\\s*в\\s+|$)", FLAGS);
    private static final Pattern INTO = Pattern.compile("(?:^|\\s|-)\\s*(?:в|во)\\s+(?<text>.+?)(?=\\s+из\\s+|$)", FLAGS);
    /** A full stop that ends a sentence: not the dot of «г.», «обл.», «ст.» or of a date. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!(?<!\\p{L})\\p{L}{1,3})\\.\\s+(?=\\p{Lu})");
    private static final Pattern TRIM = Pattern.compile("^[\\s.,;:\\-–]+|[\\s.,;:\\-–]+$");

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

    public Parsed<Outcomes> parse(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.unparsed(text == null ? "" : text, Problem.Kind.BLANK, "no outcome given");
        }
        List<OutcomeEvent> events = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        String burial = null;
        for (String sentence : SENTENCE_END.split(text)) {
            List<int[]> verbs = new ArrayList<>();
            Matcher m = VERB.matcher(sentence);
            while (m.find()) {
                verbs.add(new int[] {m.start(), m.end()});
            }
            if (verbs.isEmpty()) {
                addRest(rest, sentence);
                continue;
            }
            String prefix = TRIM.matcher(sentence.substring(0, verbs.get(0)[0])).replaceAll("");
            for (int i = 0; i < verbs.size(); i++) {
                int end = i + 1 < verbs.size() ? verbs.get(i + 1)[0] : sentence.length();
                String clause = TRIM.matcher(sentence.substring(verbs.get(i)[0], end)).replaceAll("");
                Matcher verb = VERB.matcher(sentence.substring(verbs.get(i)[0], verbs.get(i)[1]));
                verb.matches();
                String body = sentence.substring(verbs.get(i)[1], end);
                if (verb.group("burial") != null) {
                    burial = blankToNull(TRIM.matcher(body).replaceAll(""));
                } else if (i == 0 && verb.group("stay") != null && !prefix.isEmpty()) {
                    // «В АЛЖИРе находилась до 09.08.1939»: the camp comes before the verb.
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

    private OutcomeEvent event(Matcher verb, String clause, String body, List<String> rest) {
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
        withoutDate = TRIM.matcher(withoutDate.replaceAll("\\s+", " ")).replaceAll("");
        String remaining = blankToNull(withoutDate);
        if (verb.group("execution") != null) {
            return new OutcomeEvent("execution", null, date, dateText, null, null, remaining, clause);
        }
        if (verb.group("release") != null) {
            String from = group(FROM, withoutDate);
            return new OutcomeEvent("release", null, date, dateText, from, camp(from), null, clause);
        }
        if (verb.group("death") != null) {
            String type = remaining != null && IN_CUSTODY.matcher(remaining).find() ? "death-in-custody" : "death";
            String camp = camp(remaining);
            return new OutcomeEvent(type, null, date, dateText, camp == null ? null : remaining, camp, remaining, clause);
        }
        if (verb.group("arrival") != null) {
            String into = group(INTO, withoutDate);
            return new OutcomeEvent("imprisonment", OutcomeEvent.Movement.ARRIVAL, date, dateText,
                    into, camp(into), group(FROM, withoutDate), clause);
        }
        if (verb.group("departure") != null) {
            String from = group(FROM, withoutDate);
            return new OutcomeEvent("imprisonment", OutcomeEvent.Movement.DEPARTURE, date, dateText,
                    from, camp(from), group(INTO, withoutDate), clause);
        }
        // A stay: «отбыв.: Карлаг», «отбывал наказание в Прорвлаге», «В АЛЖИРе находилась до 09.08.1939».
        String campText = Optional.ofNullable(group(INTO, withoutDate)).orElse(remaining);
        OutcomeEvent.Movement movement = date != null && verb.group("stay").toLowerCase(java.util.Locale.ROOT)
                .startsWith("наход") ? OutcomeEvent.Movement.DEPARTURE : null;
        return new OutcomeEvent("imprisonment", movement, date, dateText, campText, camp(campText), null, clause);
    }

    private String camp(String text) {
        return text == null ? null : Camps.find(text, camps).orElse(null);
    }

    private static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? blankToNull(TRIM.matcher(m.group("text")).replaceAll("")) : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void addRest(List<String> rest, String piece) {
        String p = TRIM.matcher(piece).replaceAll("");
        if (!p.isEmpty()) {
            rest.add(p);
        }
    }
}
