package kz.esimder.convert.read;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A source's own column layout, for files whose headers the alias dictionary does not know or
 * reads wrongly. A small UTF-8 file of {@code header = FIELD} lines, plus options:
 * <pre>
 * # the 1950s NKVD register from the Karaganda archive
 * Фамилия и инициалы = FULL_NAME
 * Примечание = OTHER
 * restricted = true
 * encoding = windows-1251
 * delimiter = ;
 * </pre>
 * A header given here wins over the dictionary. {@code restricted}, {@code encoding} and
 * {@code delimiter} are options, not columns; write {@code column:encoding = FIELD} for a column
 * that happens to be called so.
 */
public final class ColumnMapping {

    private static final ColumnMapping NONE = new ColumnMapping(Map.of(), false, null, null);

    private final Map<String, Field> byKey;
    private final boolean restricted;
    private final Charset encoding;
    private final Character delimiter;

    private ColumnMapping(Map<String, Field> byKey, boolean restricted, Charset encoding, Character delimiter) {
        this.byKey = Map.copyOf(byKey);
        this.restricted = restricted;
        this.encoding = encoding;
        this.delimiter = delimiter;
    }

    /** No overrides: the dictionary alone decides. */
    public static ColumnMapping none() {
        return NONE;
    }

    /** Reads a mapping file; a bad line is an {@link UnreadableInputException} naming the line and the value. */
    public static ColumnMapping load(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw bad(file, 0, "the mapping file must be UTF-8");
        }
        Map<String, Field> map = new HashMap<>();
        boolean restricted = false;
        Charset encoding = null;
        Character delimiter = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.lastIndexOf('=');
            if (eq <= 0) {
                throw bad(file, i + 1, "«" + line + "» is not «header = FIELD»");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            switch (key) {
                case "restricted" -> restricted = parseBoolean(file, i + 1, value);
                case "encoding" -> encoding = parseCharset(file, i + 1, value);
                case "delimiter" -> delimiter = parseDelimiter(file, i + 1, value);
                default -> map.put(HeaderKey.of(key.startsWith("column:") ? key.substring(7) : key),
                        parseField(file, i + 1, value));
            }
        }
        return new ColumnMapping(map, restricted, encoding, delimiter);
    }

    /** The field this mapping gives a header, if it names it. */
    public Optional<Field> field(String header) {
        return Optional.ofNullable(byKey.get(HeaderKey.of(header)));
    }

    /** Whether the source holds restricted data (its graph must stay off every public surface). */
    public boolean restricted() {
        return restricted;
    }

    public Optional<Charset> encoding() {
        return Optional.ofNullable(encoding);
    }

    public Optional<Character> delimiter() {
        return Optional.ofNullable(delimiter);
    }

    private static Field parseField(Path file, int line, String value) throws UnreadableInputException {
        try {
            return Field.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(file, line, "«" + value + "» is not a field; use one of " + Arrays.toString(Field.values()));
        }
    }

    private static boolean parseBoolean(Path file, int line, String value) throws UnreadableInputException {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw bad(file, line, "restricted must be true or false, not «" + value + "»");
    }

    private static Charset parseCharset(Path file, int line, String value) throws UnreadableInputException {
        try {
            return Charset.forName(value);
        } catch (IllegalArgumentException e) {
            throw bad(file, line, "«" + value + "» is not a known encoding");
        }
    }

    private static Character parseDelimiter(Path file, int line, String value) throws UnreadableInputException {
        String v = value.equalsIgnoreCase("tab") || value.equals("\\t") ? "\t" : value;
        if (v.length() != 1) {
            throw bad(file, line, "delimiter must be one character or «tab», not «" + value + "»");
        }
        return v.charAt(0);
    }

    private static UnreadableInputException bad(Path file, int line, String reason) {
        return new UnreadableInputException(UnreadableInputException.Kind.MAPPING,
                file.getFileName() + (line > 0 ? " line " + line : "") + ": " + reason);
    }
}
