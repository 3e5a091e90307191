package kz.esimder.convert.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The input formats, and how {@link #AUTO} decides between them: by the file's extension, and when
 * that says nothing, by its first bytes (a ZIP signature is a workbook, «{» a JSON line, a line of
 * delimiters a table, anything else memory-book text).
 */
public enum SourceFormat {
    AUTO, MEMORYBOOK, CSV, XLSX, JSONL;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /** Parses a command-line value («auto», «csv», …), naming the bad value. */
    public static SourceFormat parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format «" + value + "»; use auto, memorybook, csv, xlsx or jsonl", e);
        }
    }

    /** This format, or for {@link #AUTO} the format the file has. */
    public SourceFormat resolve(Path path) throws IOException {
        return this == AUTO ? detect(path) : this;
    }

    public static SourceFormat detect(Path path) throws IOException {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] head = TextInput.head(path, 1 << 14);
        if (TextInput.startsWith(head, OLE2) || name.endsWith(".xls")) {
            throw new UnreadableInputException(UnreadableInputException.Kind.FORMAT,
                    path.getFileName() + ": an old binary Excel .xls workbook; save it as .xlsx and convert that");
        }
        if (TextInput.startsWith(head, ZIP)) {
            return XLSX;
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return XLSX; // not a ZIP: the XLSX reader says so
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".tab")) {
            return CSV;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return JSONL;
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return MEMORYBOOK;
        }
        return sniff(head);
    }

    private static SourceFormat sniff(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (text.startsWith("{")) {
            return JSONL;
        }
        String firstLine = text.lines().findFirst().orElse("");
        if (!MemoryBookLabel.find(firstLine).isEmpty() || text.contains("\n---")) {
            return MEMORYBOOK;
        }
        long delimiters = firstLine.chars().filter(c -> c == ',' || c == ';' || c == '\t').count();
        return delimiters >= 2 ? CSV : MEMORYBOOK;
    }
}
