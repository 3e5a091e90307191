package kz.esimder.convert.read;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines with their 1-based numbers, whatever the line ends (CRLF, LF, CR). A line longer
 * than the limit is not held in memory: its first characters are kept, the rest is skipped, and
 * the line is marked, so that a 10 MB line becomes a reported problem rather than an
 * OutOfMemoryError.
 */
final class LineReader {

    /** The default limit: a million characters is far beyond any real record line. */
    static final int DEFAULT_MAX_CHARS = 1 << 20;

    /** One line: its number, its text (at most the limit), and whether it was longer. */
    record Line(long number, String text, boolean tooLong) {}

    private final Reader reader;
    private final int maxChars;
    private final char[] buffer = new char[1 << 14];
    private int position;
    private int limit;
    private long number;
    private boolean pendingCr;

    LineReader(Reader reader, int maxChars) {
        this.reader = reader;
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        StringBuilder sb = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = reader.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    return new Line(++number, sb.toString(), tooLong);
                }
            }
            char c = buffer[position++];
            if (pendingCr) {
                pendingCr = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                pendingCr = c == '\r';
                return new Line(++number, sb.toString(), tooLong);
            }
            if (sb.length() < maxChars) {
                sb.append(c);
            } else {
                tooLong = true;
            }
        }
    }

    /** The number of the last line returned. */
    long lineNumber() {
        return number;
    }
}
