package kz.esimder.convert.record;

import java.util.Objects;

/**
 * Something wrong in one value of a record that did not stop the record from converting (an
 * impossible date, a date out of range): the report lists it with the record's file and line.
 *
 * @param field  the field name
 * @param value  the value as written
 * @param reason why, in English
 */
public record RecordProblem(String field, String value, String reason) {
    public RecordProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
    }
}
