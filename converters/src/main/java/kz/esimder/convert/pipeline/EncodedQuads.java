package kz.esimder.convert.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * N-Quads as UTF-8 bytes in a growable array: what a {@link QuadEncoder} writes into, and what
 * a worker hands the writer thread for a batch. Text is encoded here char by char, straight into
 * the array, instead of through a concatenated {@code String} and {@code getBytes} (two more
 * arrays a term, and most terms are written once). Not thread-safe.
 */
final class EncodedQuads {
    /** {@link #inIri} by character. */
    private static final boolean[] IN_IRI = new boolean[0x80];

    static {
        for (char c = '!'; c < 0x7F; c++) {
            IN_IRI[c] = "<>\"{}|^`\\".indexOf(c) < 0;
        }
    }

    private byte[] bytes;
    private int length;

    /** Whether an IRI can have {@code c} as it is: printable ASCII, and none N-Quads escapes in an IRI. */
    private static boolean inIri(char c) {
        return c < 0x80 && IN_IRI[c];
    }

    EncodedQuads(int capacity) {
        bytes = new byte[Math.max(capacity, 64)];
    }

    int length() {
        return length;
    }

    /** Forgets everything from {@code length} on: how an encoder takes back a term it could not finish. */
    void truncate(int length) {
        if (length < 0 || length > this.length) {
            throw new IndexOutOfBoundsException(length);
        }
        this.length = length;
    }

    /** Takes out the bytes from {@code from} to {@code to}; those after them move up. */
    void remove(int from, int to) {
        if (from < 0 || from > to || to > length) {
            throw new IndexOutOfBoundsException("bytes " + from + " to " + to + " of " + length);
        }
        System.arraycopy(bytes, to, bytes, from, length - to);
        length -= to - from;
    }

    /** Copies {@code length} bytes from {@code from} into {@code target} at {@code at}. */
    void copyTo(int from, int length, byte[] target, int at) {
        System.arraycopy(bytes, from, target, at, length);
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    void put(byte b) {
        room(1);
        bytes[length++] = b;
    }

    void put(byte[] b, int from, int count) {
        room(count);
        System.arraycopy(b, from, bytes, length, count);
        length += count;
    }

    /**
     * {@code <iri>} when the IRI is printable ASCII without any character N-Quads escapes in an
     * IRI (every IRI the converters make); otherwise nothing is written and the answer is false.
     */
    boolean putIri(String iri) {
        int n = iri.length();
        room(n + 2);
        byte[] b = bytes;
        int at = length;
        b[at++] = '<';
        for (int i = 0; i < n; i++) {
            char c = iri.charAt(i);
            if (!inIri(c)) {
                return false;
            }
            b[at++] = (byte) c;
        }
        b[at++] = '>';
        length = at;
        return true;
    }

    /**
     * The lexical form in double quotes, with N-Quads' escapes for a newline, carriage return,
     * tab, quote and backslash (the only ones in real records: multi-line verbatim texts). Any
     * other control character, a C1 control, a surrogate or U+FFFD (which Jena writes as an
     * escape) writes nothing and answers false: the caller leaves those to Jena.
     */
    boolean putQuoted(String lex) {
        int n = lex.length();
        room(3 * n + 2); // no char takes more than three bytes here: a surrogate stops the loop
        byte[] b = bytes;
        int at = length;
        b[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = lex.charAt(i);
            if (c >= ' ' && c < 0x7F) {
                if (c == '"' || c == '\\') {
                    b[at++] = '\\';
                }
                b[at++] = (byte) c;
            } else if (c >= 0xA0 && c < 0x800) {
                b[at++] = (byte) (0xC0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (c >= 0x800 && !Character.isSurrogate(c) && c != 0xFFFD) {
                b[at++] = (byte) (0xE0 | c >> 12);
                b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (c == '\n' || c == '\r' || c == '\t') {
                b[at++] = '\\';
                b[at++] = (byte) (c == '\n' ? 'n' : c == '\r' ? 'r' : 't');
            } else {
                return false;
            }
        }
        b[at++] = '"';
        length = at;
        return true;
    }

    /**
     * Any text in UTF-8, as {@code String.getBytes} encodes it. ASCII (a language tag) goes
     * straight into the array: {@code getBytes}, an array a tag, was a sixth of the encoding.
     */
    void putUtf8(String s) {
        int n = s.length();
        room(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                put(b, 0, b.length);
                return;
            }
            bytes[length + i] = (byte) c;
        }
        length += n;
    }

    private void room(int more) {
        if (more > bytes.length - length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
