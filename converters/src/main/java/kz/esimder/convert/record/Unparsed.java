package kz.esimder.convert.record;

import java.util.Objects;

/**
 * A value, or the rest of one, that no normaliser understood: kept verbatim on the record as
 * {@code esm:unparsed} «field: text» and counted per field in the report.
 *
 * @param field the field name as the report counts it ({@code sentence}, {@code organ} …)
 * @param text  the text, exactly as written
 */
public record Unparsed(String field, String text) {
    public Unparsed {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
    }

    /** The literal written as {@code esm:unparsed}. */
    public String asLiteral() {
        return field + ": " + text;
    }
}
