package kz.esimder.convert.normalise;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exploratory measurement, not part of the suite (no tests; it reads the shared samples, which
 * a fresh clone lacks): how many of the labelled lines of a lists.memo.ru text the normalisers
 * understand. «Structured» means the line's main fact became a typed value; «complete» means
 * nothing in the line was left unparsed. Splits the lines roughly as the memory-book reader does.
 *
 * <p>Run: {@code java -cp converters/target/classes:converters/target/test-classes
 * kz.esimder.convert.normalise.SampleCoverage <samples>/memorial-lists/kz-records.txt [examples]}
 */
public final class SampleCoverage {

    private static final Pattern LABEL = Pattern.compile(
            "^(?<label>Родил(?:ся|ась)|Род\\.|Арестован[аы]?|Арест\\.|Приговорен[аы]?:|Приговор:|Реабилитирован[аы]?|Реабил\\.|Расс?с?трелян[аы]?)\\s*(?<value>.*)$");

    private final DateNormaliser dates = new DateNormaliser();
    private final OrganNormaliser organs = new OrganNormaliser();
    private final ChargeNormaliser charges = new ChargeNormaliser(dates);
    private final OutcomeNormaliser outcomes = new OutcomeNormaliser(dates);
    private final SentenceNormaliser sentences = new SentenceNormaliser(outcomes);
    private final RehabilitationNormaliser rehabilitations = new RehabilitationNormaliser(dates, organs);
    private final NationalityNormaliser nationalities = new NationalityNormaliser();
    private final PlaceNormaliser places = new PlaceNormaliser(Gazetteer.empty());

    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> misses = new HashMap<>();

    public static void main(String[] args) throws IOException {
        SampleCoverage c = new SampleCoverage();
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                c.line(line.strip());
            }
        }
        c.print(args.length > 1 ? Integer.parseInt(args[1]) : 0);
    }

    private void line(String line) {
        Matcher m = LABEL.matcher(line);
        if (!m.matches()) {
            return;
        }
        String label = m.group("label").replaceAll("[аы:]$|[:]$", "").replaceAll("(?:ся|ась)$", "ся");
        String value = m.group("value").strip();
        String kind;
        kind = label.startsWith("Род") ? "birth" : label.startsWith("Арест") ? "arrest"
                : label.startsWith("Приговорен") ? "sentenced" : label.startsWith("Приговор") ? "sentence"
                : label.startsWith("Реабил") ? "rehabilitation" : "execution";
        boolean[] result = switch (kind) {
            case "birth" -> birth(value);
            case "arrest" -> arrest(value);
            case "sentenced" -> sentenced(value);
            case "sentence" -> outcome(sentences.parse(value));
            case "rehabilitation" -> outcome(rehabilitations.parse(value));
            default -> outcome(outcomes.parse(line));
        };
        int[] c = counts.computeIfAbsent(kind, k -> new int[3]);
        c[0]++;
        c[1] += result[0] ? 1 : 0;
        c[2] += result[1] ? 1 : 0;
        if (!result[1]) {
            misses.computeIfAbsent(kind, k -> new HashMap<>()).merge(
                    (result[0] ? "partial  " : "UNPARSED ") + value.replaceAll("\\d", "N"), 1, Integer::sum);
        }
    }

    private static boolean[] outcome(Parsed<?> p) {
        return new boolean[] {p.value().isPresent(), p.isUnderstood()};
    }

    /** «в 1874 г., г. Казань, с. Дербышки; русская; образование …». */
    private boolean[] birth(String value) {
        String[] segments = value.split(";");
        String first = segments[0];
        Optional<DateMatch> date = dates.findAll(first).stream().findFirst();
        boolean dateOk = date.isPresent() && dates.parseBirth(date.get().date().text()).isUnderstood();
        String undated = first.replaceFirst("^\\s*в\\s+", "");
        if (date.isEmpty() && !undated.isBlank()) {
            // «Родился в Нефтегорский р-н, с. Дмитриевка»: no date, only a place.
            boolean placeOk = places.parse(undated).isUnderstood();
            boolean nationalityOk = segments.length < 2 || segments[1].isBlank()
                    || segments[1].matches(".*(образование|грамот|б/п|член|канд).*")
                    || nationalities.parse(segments[1].strip()).isUnderstood();
            return new boolean[] {placeOk, placeOk && nationalityOk};
        }
        boolean complete = dateOk;
        if (date.isPresent()) {
            String place = first.substring(date.get().end()).replaceFirst("^[\\s,.]+", "");
            if (!place.isBlank()) {
                complete &= places.parse(place).isUnderstood();
            }
        }
        if (segments.length > 1 && !segments[1].isBlank() && !segments[1].matches(".*(образование|грамот|б/п|член|канд).*")) {
            complete &= nationalities.parse(segments[1].strip()).isUnderstood();
        }
        return new boolean[] {dateOk, complete};
    }

    /** «7 марта 1932 г. ЭКО ПП ОГПУ.» */
    private boolean[] arrest(String value) {
        Optional<DateMatch> date = dates.findAll(value).stream().findFirst();
        boolean dateOk = date.isPresent() && dates.parse(date.get().date().text()).isUnderstood();
        String rest = date.map(d -> value.substring(0, d.start()) + " " + value.substring(d.end())).orElse(value)
                .replaceAll("^[\\s.,]+|[\\s.,]+$", "");
        boolean organOk = rest.isEmpty() || organs.parse(rest).isUnderstood();
        return new boolean[] {dateOk || !rest.isEmpty() && organOk, (dateOk || date.isEmpty()) && organOk};
    }

    /** «ОСО при НКВД СССР 16 марта 1938 г., обв.: как ЧСИР.» */
    private boolean[] sentenced(String value) {
        String[] halves = value.split(",?\\s*обв\\.:\\s*", 2);
        String head = halves[0];
        Optional<DateMatch> date = dates.findLast(head);
        boolean dateOk = date.isPresent() && dates.parse(date.get().date().text()).isUnderstood();
        String organText = date.map(d -> head.substring(0, d.start()) + " " + head.substring(d.end())).orElse(head)
                .replaceAll("^[\\s.,]+|[\\s.,]+$", "");
        boolean organOk = organText.isEmpty() || organs.parse(organText).isUnderstood();
        Parsed<Charges> ch = halves.length > 1 && !halves[1].isBlank() ? charges.parse(halves[1]) : null;
        boolean structured = dateOk || !organText.isEmpty() && organOk || ch != null && ch.value().isPresent();
        boolean complete = (dateOk || date.isEmpty()) && organOk && (ch == null || ch.isUnderstood());
        return new boolean[] {structured, complete};
    }

    private void print(int examples) {
        int total = 0;
        int structured = 0;
        int complete = 0;
        System.out.printf("%-16s %6s %10s %10s%n", "line", "count", "structured", "complete");
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            total += c[0];
            structured += c[1];
            complete += c[2];
            System.out.printf("%-16s %6d %9.1f%% %9.1f%%%n", e.getKey(), c[0], 100.0 * c[1] / c[0], 100.0 * c[2] / c[0]);
        }
        System.out.printf("%-16s %6d %9.1f%% %9.1f%%%n", "all", total, 100.0 * structured / total, 100.0 * complete / total);
        if (examples > 0) {
            for (Map.Entry<String, Map<String, Integer>> e : misses.entrySet()) {
                System.out.println("== " + e.getKey());
                List<Map.Entry<String, Integer>> list = new ArrayList<>(e.getValue().entrySet());
                list.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
                list.stream().limit(examples).forEach(x -> System.out.println(x.getValue() + "\t" + x.getKey()));
            }
        }
    }
}
