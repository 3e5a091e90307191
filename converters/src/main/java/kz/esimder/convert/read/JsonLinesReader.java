package kz.esimder.convert.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads JSON Lines: one JSON object per line, its keys resolved like column headers
 * ({@code surname}, {@code given_name}, … of the partner export). A line that is not a JSON object
 * is a reported problem with its line number; the next line is read as usual. Arrays become their
 * items joined with «; », nested objects their JSON text.
 */
public final class JsonLinesReader implements SourceReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path path;
    private final ReaderOptions options;
    private final MemoryBookTextSplitter splitter;
    private final Map<List<String>, TabularLayout> layouts = new HashMap<>();

    public JsonLinesReader(Path path, ReaderOptions options, MemoryBookTextSplitter splitter) {
        this.path = path;
        this.options = options;
        this.splitter = splitter;
    }

    @Override
    public void read(Consumer<RawRecord> records, Consumer<ReadProblem> problems) throws IOException {
        String file = path.getFileName().toString();
        TextInput.Opened opened = TextInput.open(path, options.explicitCharset(), problems);
        try (var reader = opened.reader()) {
            LineReader lines = new LineReader(reader, LineReader.DEFAULT_MAX_CHARS);
            try {
                for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                    if (line.tooLong()) {
                        problems.accept(new ReadProblem(file, line.number(), null, MemoryBookReader.preview(line.text()),
                                "line longer than " + LineReader.DEFAULT_MAX_CHARS + " characters; skipped"));
                    } else if (!line.text().isBlank()) {
                        object(file, line, records, problems);
                    }
                }
            } catch (CharacterCodingException e) {
                throw TextInput.badEncoding(path, opened.charset(), e);
            }
        }
    }

    private void object(String file, LineReader.Line line, Consumer<RawRecord> records, Consumer<ReadProblem> problems) {
        JsonNode node;
        try {
            node = JSON.readTree(line.text());
        } catch (JsonProcessingException e) {
            problems.accept(new ReadProblem(file, line.number(), null, MemoryBookReader.preview(line.text()),
                    "not valid JSON: " + e.getOriginalMessage()));
            return;
        }
        if (node == null || !node.isObject()) {
            problems.accept(new ReadProblem(file, line.number(), null, MemoryBookReader.preview(line.text()),
                    "not a JSON object"));
            return;
        }
        List<String> keys = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            keys.add(entry.getKey());
            cells.add(text(entry.getValue()));
        }
        TabularLayout layout = layouts.computeIfAbsent(List.copyOf(keys),
                k -> TabularLayout.of(k, options.mapping(), splitter));
        if (layouts.size() > 1000) {
            layouts.clear(); // key orders vary per line in some exports: do not let the cache grow without end
        }
        records.accept(layout.record(file, line.number(), cells));
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> {
                String t = text(item);
                if (t != null && !t.isBlank()) {
                    items.add(t);
                }
            });
            return String.join("; ", items);
        }
        return value.toString();
    }

    @Override
    public void close() {
        // read() opens and closes the file itself
    }
}
