package kz.esimder.convert.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a table (CSV, XLSX, JSON Lines keys) resolved to canonical fields, and the
 * building of one record from one row: values in column order, unknown columns as
 * {@link Field#OTHER} under their header, a memory-book column ({@code BIO}, {@code spravka}) cut
 * by the {@link MemoryBookTextSplitter} into fields that follow the tabular ones, and the verbatim
 * text as «header: value» lines.
 */
final class TabularLayout {

    private final List<String> headers;
    private final List<Field> fields;
    private final MemoryBookTextSplitter splitter;

    private TabularLayout(List<String> headers, List<Field> fields, MemoryBookTextSplitter splitter) {
        this.headers = headers;
        this.fields = fields;
        this.splitter = splitter;
    }

    static TabularLayout of(List<String> headers, ColumnMapping mapping, MemoryBookTextSplitter splitter) {
        List<String> names = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i) == null ? "" : headers.get(i).replace("\uFEFF", "").strip();
            names.add(header.isEmpty() ? "column " + (i + 1) : header);
            fields.add(resolve(header, mapping).orElse(Field.OTHER));
        }
        return new TabularLayout(List.copyOf(names), List.copyOf(fields), splitter);
    }

    private static java.util.Optional<Field> resolve(String header, ColumnMapping mapping) {
        return mapping.field(header).or(() -> ColumnAliases.builtIn().field(header));
    }

    /** A header row is a row where most non-empty cells are known headers (title rows above it are not). */
    static boolean looksLikeHeader(List<String> cells, ColumnMapping mapping) {
        int filled = 0;
        int known = 0;
        for (String cell : cells) {
            if (cell == null || cell.isBlank()) {
                continue;
            }
            filled++;
            if (resolve(cell.strip(), mapping).isPresent()) {
                known++;
            }
        }
        return known > 0 && known * 2 > filled;
    }

    static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(c -> strip(c).isEmpty());
    }

    /** Strips spaces, including the no-break spaces that HTML-scraped exports leave («&nbsp;»). */
    static String strip(String cell) {
        return cell == null ? "" : cell.replace('\u00a0', ' ').strip();
    }

    String header(int column) {
        return column < headers.size() ? headers.get(column) : "column " + (column + 1);
    }

    Field field(int column) {
        return column < fields.size() ? fields.get(column) : Field.OTHER;
    }

    /** Builds the record of one row; blank cells give no value. */
    RawRecord record(String file, long line, List<String> cells) {
        List<RawRecord.Value> values = new ArrayList<>(cells.size());
        List<String> memoryBook = new ArrayList<>(1);
        int length = 0;
        for (String cell : cells) {
            length += cell == null ? 0 : cell.length() + 24; // a header, «: » and a newline
        }
        StringBuilder verbatim = new StringBuilder(length); // sized once: this row's text was copied as it grew
        for (int i = 0; i < cells.size(); i++) {
            String text = strip(cells.get(i));
            if (text.isEmpty()) {
                continue;
            }
            if (!verbatim.isEmpty()) {
                verbatim.append('\n');
            }
            verbatim.append(header(i)).append(": ").append(text);
            if (field(i) == Field.MEMORY_BOOK_TEXT) {
                memoryBook.add(text);
            } else {
                values.add(new RawRecord.Value(field(i), header(i), text));
            }
        }
        for (String text : memoryBook) {
            values.addAll(splitter.split(text));
        }
        return new RawRecord(file, line, verbatim.toString(), values);
    }
}
