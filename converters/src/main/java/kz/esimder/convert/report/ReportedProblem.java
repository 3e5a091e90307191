package kz.esimder.convert.report;

import java.util.Objects;

/**
 * One entry of the report's {@code problems}: where, which field, the value, and why.
 *
 * @param file   the input file name
 * @param line   the 1-based line or row where the record starts (0 when the problem is the whole file)
 * @param field  the field ({@code birth-date}, {@code record} for a whole record)
 * @param value  the value as written, shortened when very long
 * @param reason why, in English
 */
public record ReportedProblem(String file, long line, String field, String value, String reason) {
    /** A value longer than this is cut: the report names the place, the input still holds the whole. */
    static final int MAX_VALUE = 2000;

    public ReportedProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
        value = value == null ? "" : value.length() > MAX_VALUE
                ? value.substring(0, MAX_VALUE) + "… [" + value.length() + " characters]" : value;
    }
}
