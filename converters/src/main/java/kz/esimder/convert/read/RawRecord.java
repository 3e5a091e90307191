package kz.esimder.convert.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One record as read from a source, before any interpretation: where it starts, its full text,
 * and its values under canonical {@link Field} names, in source order. A field may occur more
 * than once (two camp movements, two rehabilitation lines).
 *
 * @param file     the input file name, without directories
 * @param line     the 1-based line (text, CSV) or row (XLSX, JSON Lines) where the record starts
 * @param verbatim the record's text as read; for tabular sources, «header: value» lines
 * @param values   the values in source order
 */
public record RawRecord(String file, long line, String verbatim, List<Value> values) {

    /** One value: its canonical field, the label or header it came under, and the text. */
    public record Value(Field field, String label, String text) {
        public Value {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(text, "text");
        }
    }

    public RawRecord {
        Objects.requireNonNull(file, "file");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1-based, was " + line);
        }
        values = List.copyOf(values);
    }

    /** The first non-blank value of the field. */
    public Optional<String> first(Field field) {
        for (Value v : values) { // a loop, not a stream: called a dozen times per record
            if (v.field() == field && !v.text().isBlank()) {
                return Optional.of(v.text());
            }
        }
        return Optional.empty();
    }

    /** All non-blank values of the field, in source order. */
    public List<String> all(Field field) {
        List<String> out = new ArrayList<>();
        for (Value v : values) {
            if (v.field() == field && !v.text().isBlank()) {
                out.add(v.text());
            }
        }
        return out;
    }
}
