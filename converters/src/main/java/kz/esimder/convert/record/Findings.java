package kz.esimder.convert.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.esimder.convert.normalise.Parsed;
import kz.esimder.convert.normalise.Problem;
import kz.esimder.convert.read.Field;

/**
 * What the interpretation of one record found wrong: the values left unparsed and the problems to
 * report. Collected while the record is read field by field, then handed to the {@link VictimRecord}.
 */
final class Findings {
    private final List<Unparsed> unparsed = new ArrayList<>();
    private final List<RecordProblem> problems = new ArrayList<>();

    /** The report's name of a field: {@code ARRESTED_BY} → {@code arrested-by}. */
    static String name(Field field) {
        return field.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Notes what a normaliser did not understand. An impossible or out-of-range date is also a
     * problem the report lists; the text stays as unparsed either way.
     *
     * @return the value, when there is one
     */
    <T> T take(Field field, Parsed<T> parsed) {
        parsed.unparsed().filter(s -> !s.isBlank()).ifPresent(rest -> unparsed(field, rest));
        parsed.problem().filter(Findings::isReportable)
                .ifPresent(p -> problems.add(new RecordProblem(name(field), parsed.text(), p.message())));
        return parsed.value().orElse(null);
    }

    void unparsed(Field field, String text) {
        unparsed(name(field), text);
    }

    void unparsed(String field, String text) {
        Unparsed u = new Unparsed(field, text.strip());
        if (!unparsed.contains(u)) {
            unparsed.add(u);
        }
    }

    void problem(Field field, String value, String reason) {
        problems.add(new RecordProblem(name(field), value, reason));
    }

    private static boolean isReportable(Problem p) {
        return p.kind() == Problem.Kind.IMPOSSIBLE_DATE || p.kind() == Problem.Kind.DATE_OUT_OF_RANGE;
    }

    List<Unparsed> unparsed() {
        return unparsed;
    }

    List<RecordProblem> problems() {
        return problems;
    }
}
