package kz.esimder.convert.normalise;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Dates as Soviet lists write them: {@code 02.02.1937}, {@code 7 марта 1932 г.}, {@code в июле 1998 г.},
 * {@code октябрь 1957}, {@code 1937 г.}, {@code 09.07.40} (two-digit years are 19xx), ISO
 * {@code 1937-11-26}, and Russian or Kazakh month names in any case form (марта, наурыз, қазанда).
 * Never guesses: {@code 31.02.1937} is an {@link Problem.Kind#IMPOSSIBLE_DATE}, a year outside the
 * allowed range a {@link Problem.Kind#DATE_OUT_OF_RANGE}; the text is kept either way.
 * Thread-safe.
 */
public final class DateNormaliser {

    /** Events (arrest, sentence, execution, rehabilitation) before this year are rejected. */
    public static final int EARLIEST_EVENT_YEAR = 1900;
    /** Births before this year are rejected. */
    public static final int EARLIEST_BIRTH_YEAR = 1800;

    private final Clock clock;

    /** Dates after today (system clock) are rejected. */
    public DateNormaliser() {
        this(Clock.systemUTC());
    }

    /** Dates after today by {@code clock} are rejected; tests pin the clock. */
    public DateNormaliser(Clock clock) {
        this.clock = clock;
    }

    /** An event date: the whole text must be one date, in {@value #EARLIEST_EVENT_YEAR}..today. */
    public Parsed<FuzzyDate> parse(String text) {
        return parse(text, EARLIEST_EVENT_YEAR);
    }

    /** A birth date: the whole text must be one date, in {@value #EARLIEST_BIRTH_YEAR}..today. */
    public Parsed<FuzzyDate> parseBirth(String text) {
        return parse(text, EARLIEST_BIRTH_YEAR);
    }

    /** The whole text as one date, no earlier than {@code earliestYear} and not after today. */
    public Parsed<FuzzyDate> parse(String text, int earliestYear) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Every date in a longer text, in order, each checked against {@value #EARLIEST_BIRTH_YEAR}..today. */
    public List<DateMatch> findAll(String text) {
        throw new UnsupportedOperationException("in progress");
    }

    /** The last date in a longer text (the date after an organ, the date closing a statement). */
    public Optional<DateMatch> findLast(String text) {
        List<DateMatch> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
