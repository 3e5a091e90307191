package kz.esimder.convert.read;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read one input: its format (or {@link SourceFormat#AUTO}), an explicit charset that
 * overrides detection, and a column mapping that overrides the alias dictionary.
 */
public record ReaderOptions(SourceFormat format, Optional<Charset> charset, ColumnMapping mapping) {

    public ReaderOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(mapping, "mapping");
    }

    /** Detect everything. */
    public static ReaderOptions defaults() {
        return new ReaderOptions(SourceFormat.AUTO, Optional.empty(), ColumnMapping.none());
    }

    public ReaderOptions withFormat(SourceFormat value) {
        return new ReaderOptions(value, charset, mapping);
    }

    public ReaderOptions withCharset(Charset value) {
        return new ReaderOptions(format, Optional.ofNullable(value), mapping);
    }

    public ReaderOptions withMapping(ColumnMapping value) {
        return new ReaderOptions(format, charset, value);
    }

    /** The charset asked for: explicitly, else by the mapping file, else none (detect). */
    Charset explicitCharset() {
        return charset.or(mapping::encoding).orElse(null);
    }
}
