package kz.esimder.convert.normalise;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A date at the precision the source gave: a year, a year and month, or a full day.
 *
 * @param year  the year
 * @param month 1-12, or null for a year-only date
 * @param day   1-31, or null unless the month is given and the source named the day
 * @param text  the text it came from, verbatim (the whole value or the matched part)
 */
public record FuzzyDate(int year, Integer month, Integer day, String text) {

    /**
     * @throws IllegalArgumentException when the parts are not a calendar date; normalisers check
     *                                  first and report a {@link Problem} instead of throwing
     */
    public FuzzyDate {
        Objects.requireNonNull(text, "text");
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day without a month: " + text);
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("no month " + month + ": " + text);
        }
        if (day != null && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
            throw new IllegalArgumentException("no day " + day + " in " + YearMonth.of(year, month) + ": " + text);
        }
    }

    public static FuzzyDate ofYear(int year, String text) {
        return new FuzzyDate(year, null, null, text);
    }

    public static FuzzyDate ofMonth(int year, int month, String text) {
        return new FuzzyDate(year, month, null, text);
    }

    public static FuzzyDate ofDay(int year, int month, int day, String text) {
        return new FuzzyDate(year, month, day, text);
    }

    public DatePrecision precision() {
        return day != null ? DatePrecision.DAY : month != null ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    /** The first day the date can mean: 1937 → 1937-01-01, 1937-11 → 1937-11-01. */
    public LocalDate begin() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day the date can mean: 1937 → 1937-12-31, 1937-02 → 1937-02-28. */
    public LocalDate end() {
        if (day != null) {
            return LocalDate.of(year, month, day);
        }
        return month != null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
    }

    /** The lexical form for the precision's XSD type: {@code 1937}, {@code 1937-11}, {@code 1937-11-26}. */
    public String isoLexical() {
        // By hand, not String.format: this runs for every date of every record.
        StringBuilder b = new StringBuilder(10);
        pad(b, year, 4);
        if (month != null) {
            pad(b.append('-'), month, 2);
        }
        if (day != null) {
            pad(b.append('-'), day, 2);
        }
        return b.toString();
    }

    private static void pad(StringBuilder b, int n, int width) {
        if (n < 0) {
            b.append(String.format("%0" + width + "d", n)); // never a real date; kept as it was
            return;
        }
        String digits = Integer.toString(n);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        b.append(digits);
    }
}
