package kz.esimder.convert.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The rows of a CSV file or a worksheet, in order: title rows until the header row is found (the
 * first row where most cells are known headers), then one record per non-blank row. When no row
 * looks like a header within the first {@value #HEADER_SEARCH_ROWS}, the first row is the header.
 */
final class TableRows {

    static final int HEADER_SEARCH_ROWS = 20;

    private final String file;
    private final ColumnMapping mapping;
    private final MemoryBookTextSplitter splitter;
    private final int maxCellChars;
    private final Consumer<RawRecord> records;
    private final Consumer<SourceReader.ReadProblem> problems;
    private final List<Long> pendingLines = new ArrayList<>();
    private final List<List<String>> pending = new ArrayList<>();
    private TabularLayout layout;

    TableRows(String file, ColumnMapping mapping, MemoryBookTextSplitter splitter, int maxCellChars,
              Consumer<RawRecord> records, Consumer<SourceReader.ReadProblem> problems) {
        this.file = file;
        this.mapping = mapping;
        this.splitter = splitter;
        this.maxCellChars = maxCellChars;
        this.records = records;
        this.problems = problems;
    }

    String file() {
        return file;
    }

    void problem(SourceReader.ReadProblem problem) {
        problems.accept(problem);
    }

    /** One row starting at {@code line} (a CSV line or a worksheet row, 1-based). */
    void row(long line, List<String> cells) {
        if (TabularLayout.isBlank(cells)) {
            return;
        }
        if (layout != null) {
            emit(line, cells);
            return;
        }
        if (TabularLayout.looksLikeHeader(cells, mapping)) {
            layout = TabularLayout.of(cells, mapping, splitter);
            pending.clear();
            pendingLines.clear();
            return;
        }
        pendingLines.add(line);
        pending.add(cells);
        if (pending.size() >= HEADER_SEARCH_ROWS) {
            headerIsFirstRow();
        }
    }

    /** No row looked like a header: the first row is the header after all, the others are records. */
    private void headerIsFirstRow() {
        layout = TabularLayout.of(pending.get(0), mapping, splitter);
        for (int i = 1; i < pending.size(); i++) {
            emit(pendingLines.get(i), pending.get(i));
        }
        pending.clear();
        pendingLines.clear();
    }

    private void emit(long line, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell != null && cell.length() > maxCellChars) {
                problems.accept(new SourceReader.ReadProblem(file, line, layout.header(i), MemoryBookReader.preview(cell),
                        "value longer than " + maxCellChars + " characters; row skipped"));
                return;
            }
        }
        records.accept(layout.record(file, line, cells));
    }

    /** At the end of the input: rows still waiting for a header are read with the first as header. */
    void finish() {
        if (layout == null && !pending.isEmpty()) {
            headerIsFirstRow();
        }
    }
}
