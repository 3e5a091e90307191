package kz.esimder.convert.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Opens a text file for a reader: refuses binary files, finds the encoding and skips a BOM.
 * Archives send UTF-8 (with or without BOM) or Windows-1251; a strict UTF-8 decode of the first
 * 64 KiB tells them apart, because cp1251 Cyrillic is never valid UTF-8. The reader it returns
 * reports malformed input instead of replacing it, so a wrong explicit encoding fails loudly
 * instead of producing mojibake.
 */
final class TextInput {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    /** An opened text: its reader, the charset chosen, and a warning about that choice if there is one. */
    record Opened(Reader reader, Charset charset, Optional<String> warning) {}

    private TextInput() {}

    /** The first bytes of the file, for format and charset sniffing. */
    static byte[] head(Path path, int max) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(max);
        }
    }

    /** Opens the text and reports the warning about its charset, if any, as the file's first problem. */
    static Opened open(Path path, Charset explicit, java.util.function.Consumer<SourceReader.ReadProblem> problems)
            throws IOException {
        Opened opened = open(path, explicit);
        opened.warning().ifPresent(w -> problems.accept(new SourceReader.ReadProblem(path.getFileName().toString(), 1, null, null, w,
                SourceReader.ReadProblem.Severity.WARNING)));
        return opened;
    }

    static Opened open(Path path, Charset explicit) throws IOException {
        byte[] head = head(path, SNIFF_BYTES);
        Charset utf16 = startsWith(head, UTF16LE_BOM) ? StandardCharsets.UTF_16LE
                : startsWith(head, UTF16BE_BOM) ? StandardCharsets.UTF_16BE : null;
        if (utf16 != null && explicit == null) {
            // Excel's «Unicode text» export: UTF-16 with a BOM, full of NUL bytes that are not binary
            InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
            in.skipNBytes(2);
            return new Opened(new InputStreamReader(in, strict(utf16)), utf16, Optional.empty());
        }
        boolean bom = startsWith(head, UTF8_BOM);
        if (!bom) {
            refuseBinary(path, head);
        }
        boolean validUtf8 = isUtf8(bom ? Arrays.copyOfRange(head, 3, head.length) : head);
        Charset charset = explicit != null ? explicit : bom || validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1251;
        Optional<String> warning = Optional.empty();
        if (explicit != null && !explicit.equals(StandardCharsets.UTF_8) && validUtf8 && hasNonAscii(head)) {
            warning = Optional.of("the file looks like UTF-8 but is read as " + explicit.name()
                    + " as asked: letters may come out garbled");
        }
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        if (bom && charset.equals(StandardCharsets.UTF_8)) {
            in.skipNBytes(UTF8_BOM.length);
        }
        return new Opened(new InputStreamReader(in, strict(charset)), charset, warning);
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** NUL bytes never occur in the text encodings we accept. */
    static void refuseBinary(Path path, byte[] head) throws UnreadableInputException {
        for (byte b : head) {
            if (b == 0) {
                throw new UnreadableInputException(UnreadableInputException.Kind.BINARY,
                        path.getFileName() + ": a binary file (it contains NUL bytes), not text; give a CSV, TSV, XLSX, JSON Lines or memory-book text file");
            }
        }
    }

    /** The one-line message for text that does not decode in the chosen charset, naming the first bad line. */
    static UnreadableInputException badEncoding(Path path, Charset charset, Exception cause) {
        String hint = charset.equals(StandardCharsets.UTF_8) ? "try --encoding windows-1251" : "check --encoding";
        String where;
        try {
            where = "line " + firstUndecodableLine(path, charset);
        } catch (IOException e) {
            where = "a line";
        }
        return new UnreadableInputException(UnreadableInputException.Kind.ENCODING,
                path.getFileName() + ": " + where + " is not valid " + charset.name() + " text; " + hint, cause);
    }

    /**
     * The 1-based line of the first byte sequence that does not decode. Readers decode in blocks,
     * so where they fail says little; this second pass, run only on failure, finds the exact line.
     */
    static long firstUndecodableLine(Path path, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 1;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                if (n > 0) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                chars.flip();
                for (int i = 0; i < chars.length(); i++) {
                    if (chars.charAt(i) == '\n') {
                        line++;
                    }
                }
                chars.clear();
                if (result.isError() || (end && bytes.hasRemaining())) {
                    return line;
                }
                bytes.compact();
            }
        }
        return line;
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** Strict UTF-8 check; a sequence cut off at the end of the sample is not held against it. */
    static boolean isUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, false);
        return !result.isError();
    }
}
