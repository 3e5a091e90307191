package kz.esimder.convert.read;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads memory-book text: entries of labelled lines («Родилась в …», «Арестована …», «Приговор: …»)
 * separated by a line «---», as lists.memo.ru publishes them; a file without separators is one
 * entry (a stalin.memo.ru note). Each entry becomes one record starting at the line of its first
 * non-blank line, with its text verbatim and its facts cut by {@link MemoryBookTextSplitter}.
 * Streams: only the current entry is in memory.
 */
public final class MemoryBookReader implements SourceReader {

    /** An entry longer than this is cut into pieces (a file without separators is not one endless record). */
    static final int MAX_ENTRY_CHARS = 4 * LineReader.DEFAULT_MAX_CHARS;

    private final Path path;
    private final Charset charset;
    private final MemoryBookTextSplitter splitter;
    private final int maxLineChars;

    public MemoryBookReader(Path path, Charset charset, MemoryBookTextSplitter splitter) {
        this(path, charset, splitter, LineReader.DEFAULT_MAX_CHARS);
    }

    MemoryBookReader(Path path, Charset charset, MemoryBookTextSplitter splitter, int maxLineChars) {
        this.path = path;
        this.charset = charset;
        this.splitter = splitter;
        this.maxLineChars = maxLineChars;
    }

    @Override
    public void read(Consumer<RawRecord> records, Consumer<ReadProblem> problems) throws IOException {
        String file = path.getFileName().toString();
        TextInput.Opened opened = TextInput.open(path, charset, problems);
        try (var reader = opened.reader()) {
            LineReader lines = new LineReader(reader, maxLineChars);
            Entry entry = new Entry();
            try {
                for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                    if (line.tooLong()) {
                        problems.accept(new ReadProblem(file, line.number(), null, preview(line.text()),
                                "line longer than " + maxLineChars + " characters; skipped"));
                    } else if (MemoryBookTextSplitter.isSeparator(line.text().strip())) {
                        entry.flush(file, records);
                    } else {
                        if (entry.chars + line.text().length() > MAX_ENTRY_CHARS) {
                            problems.accept(new ReadProblem(file, line.number(), null, null,
                                    "entry longer than " + MAX_ENTRY_CHARS + " characters without a «---» separator; cut here"));
                            entry.flush(file, records);
                        }
                        entry.add(line);
                    }
                }
            } catch (CharacterCodingException e) {
                throw TextInput.badEncoding(path, opened.charset(), e);
            }
            entry.flush(file, records);
        }
    }

    static String preview(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    /** The entry being collected: its lines from the first non-blank one. */
    private final class Entry {
        private final StringBuilder text = new StringBuilder();
        private long start;
        private int chars;
        private int pendingBlankLines;

        void add(LineReader.Line line) {
            if (line.text().isBlank()) {
                if (start > 0) {
                    pendingBlankLines++;
                }
                return;
            }
            if (start == 0) {
                start = line.number();
            } else {
                text.append("\n".repeat(pendingBlankLines + 1));
            }
            pendingBlankLines = 0;
            text.append(line.text());
            chars = text.length();
        }

        void flush(String file, Consumer<RawRecord> records) {
            if (start > 0) {
                String verbatim = text.toString();
                records.accept(new RawRecord(file, start, verbatim, splitter.split(verbatim)));
            }
            text.setLength(0);
            start = 0;
            chars = 0;
            pendingBlankLines = 0;
        }
    }

    @Override
    public void close() {
        // read() opens and closes the file itself
    }
}
