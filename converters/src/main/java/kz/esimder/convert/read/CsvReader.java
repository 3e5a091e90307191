package kz.esimder.convert.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV and TSV as archives send them: UTF-8 with or without BOM or Windows-1251 (detected,
 * or as given), «,» «;» or tab (detected, or as given), quoted fields spanning lines, title rows
 * above the header. A record's line is the line where it starts. A broken quote costs one
 * reported line: parsing starts again on the next line, so every other row still comes through.
 */
public final class CsvReader implements SourceReader {


    private final Path path;
    private final ReaderOptions options;
    private final MemoryBookTextSplitter splitter;
    private final int maxCellChars;

    public CsvReader(Path path, ReaderOptions options, MemoryBookTextSplitter splitter) {
        this(path, options, splitter, LineReader.DEFAULT_MAX_CHARS);
    }

    CsvReader(Path path, ReaderOptions options, MemoryBookTextSplitter splitter, int maxCellChars) {
        this.path = path;
        this.options = options;
        this.splitter = splitter;
        this.maxCellChars = maxCellChars;
    }

    @Override
    public void read(Consumer<RawRecord> records, Consumer<ReadProblem> problems) throws IOException {
        String file = path.getFileName().toString();
        TextInput.Opened opened = TextInput.open(path, options.explicitCharset(), problems);
        BufferedReader reader = new BufferedReader(opened.reader(), 1 << 16);
        var mapped = options.mapping().delimiter();
        char delimiter = mapped.isPresent() ? mapped.get() : sniffDelimiter(reader, opened.charset());
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setLenientEof(false)
                .setTrailingData(false)
                .get();
        TableRows rows = new TableRows(file, options.mapping(), splitter, maxCellChars, records, problems);
        long offset = 0;
        Reader current = reader;
        try {
            while (true) {
                long failedAt = parse(format, current, opened.charset(), offset, rows);
                current.close();
                if (failedAt < 0) {
                    break;
                }
                // start again on the line after the one whose quote never closed
                current = new BufferedReader(TextInput.open(path, opened.charset()).reader(), 1 << 16);
                skipLines((BufferedReader) current, failedAt);
                offset = failedAt;
            }
        } finally {
            current.close();
        }
        rows.finish();
    }

    /** Parses from {@code reader}, whose first line is line {@code offset + 1}; returns the line that broke, or -1 at the end. */
    private long parse(CSVFormat format, Reader reader, java.nio.charset.Charset charset, long offset, TableRows rows) throws IOException {
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        Iterator<CSVRecord> it = parser.iterator();
        while (true) {
            long start = offset + parser.getCurrentLineNumber() + 1;
            try {
                if (!it.hasNext()) {
                    return -1;
                }
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw TextInput.badEncoding(path, charset, e.getCause());
                }
                rows.problem(new ReadProblem(rows.file(), start, null, null,
                        "broken quoting: a quoted value that starts on this line never closes properly; line skipped"));
                return start;
            }
            CSVRecord record = it.next();
            List<String> cells = new ArrayList<>(record.size());
            record.forEach(cells::add);
            rows.row(start, cells);
        }
    }

    private char sniffDelimiter(BufferedReader reader, java.nio.charset.Charset charset) throws IOException {
        try {
            reader.mark(1 << 16);
            char[] sample = new char[1 << 15];
            int n = reader.read(sample);
            reader.reset();
            return DelimiterSniffer.sniff(n <= 0 ? "" : new String(sample, 0, n));
        } catch (CharacterCodingException e) {
            // The decoder is spent after a coding error (reading on throws IllegalStateException), so
            // the file fails here, with its first bad line, rather than in the parser.
            throw TextInput.badEncoding(path, charset, e);
        }
    }

    private static void skipLines(BufferedReader reader, long lines) throws IOException {
        long skipped = 0;
        while (skipped < lines) {
            int c = reader.read();
            if (c < 0) {
                return;
            }
            if (c == '\r') {
                reader.mark(1);
                if (reader.read() != '\n') {
                    reader.reset();
                }
                skipped++;
            } else if (c == '\n') {
                skipped++;
            }
        }
    }

    @Override
    public void close() {
        // read() opens and closes the file itself
    }
}
