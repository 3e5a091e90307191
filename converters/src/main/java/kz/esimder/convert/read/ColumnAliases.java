package kz.esimder.convert.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dictionary of column headers, in Russian, Kazakh and English, that archives and partners use
 * for each canonical {@link Field}: «Фамилия», «Тегі» and {@code surname} are all {@link Field#SURNAME}.
 * Kept in {@code column-aliases.tsv} next to this class so that a new header is one line, not a
 * code change. Matching ignores case, spacing, «_» and «-».
 */
public final class ColumnAliases {

    private static final String RESOURCE = "column-aliases.tsv";
    private static final ColumnAliases BUILT_IN = load();

    private final Map<String, Field> byKey;

    private ColumnAliases(Map<String, Field> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** The aliases shipped with Esimder. */
    public static ColumnAliases builtIn() {
        return BUILT_IN;
    }

    /** The field a header stands for, if the dictionary knows it. */
    public Optional<Field> field(String header) {
        return Optional.ofNullable(byKey.get(HeaderKey.of(header)));
    }

    private static ColumnAliases load() {
        InputStream in = Objects.requireNonNull(ColumnAliases.class.getResourceAsStream(RESOURCE), RESOURCE);
        Map<String, Field> map = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": no tab in «" + line + "»");
                }
                Field field = Field.valueOf(line.substring(0, tab).strip());
                Field before = map.put(HeaderKey.of(line.substring(tab + 1)), field);
                if (before != null && before != field) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": «" + line.substring(tab + 1)
                            + "» is both " + before + " and " + field);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ColumnAliases(map);
    }
}
