package kz.esimder.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a prepared answer (a gzip file) by streaming it: as it is, with {@code Content-Encoding:
 * gzip}, to a client that accepts gzip; decompressed on the fly to one that does not. Either way
 * with its length, an ETag of that representation, and {@code Vary: Accept, Accept-Encoding}; an
 * {@code If-None-Match} that matches gets 304. Only a buffer of the file is in memory at a time.
 */
final class PreparedAnswerResponse {
    private static final int BUFFER = 1 << 16;

    private PreparedAnswerResponse() {}

    static void send(PreparedAnswers.Answer answer, String contentType, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean gzip = acceptsGzip(request.getHeaders("Accept-Encoding"));
        // Opened once: the length and the bytes sent are those of one file, whatever happens to its name meanwhile.
        try (FileChannel file = FileChannel.open(answer.file())) {
            String etag = "\"" + answer.generation().getFileName() + "-" + answer.file().getFileName().toString().replace(".gz", "")
                    + "-" + Long.toHexString(Files.getLastModifiedTime(answer.file()).toMillis()) + (gzip ? "-gz" : "") + "\"";
            response.addHeader("Vary", "Accept, Accept-Encoding");
            response.setHeader("ETag", etag);
            response.setHeader("Cache-Control", "no-cache");
            if (answer.limit() > 0) response.setHeader(ResultLimitedQuery.LIMIT_HEADER, Long.toString(answer.limit()));
            if (matches(request.getHeaders("If-None-Match"), etag)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(contentType);
            OutputStream out = response.getOutputStream();
            InputStream in = Channels.newInputStream(file);
            if (gzip) {
                response.setHeader("Content-Encoding", "gzip");
                response.setContentLengthLong(file.size());
                in.transferTo(out);
            } else {
                response.setContentLengthLong(plainLength(file));
                file.position(0);
                new GZIPInputStream(in, BUFFER).transferTo(out);
            }
        }
    }

    /**
     * The decompressed length: gzip's trailer ends with it (ISIZE, RFC 1952, little-endian, modulo
     * 2^32); {@link AnswerPreparer} keeps no answer of 4 GiB or more, so it is exact.
     */
    static long plainLength(FileChannel file) throws IOException {
        ByteBuffer isize = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        file.read(isize, file.size() - 4);
        return Integer.toUnsignedLong(isize.getInt(0));
    }

    /** Whether an Accept-Encoding allows gzip: named (or {@code *}) with a quality above 0; an explicit gzip entry wins over {@code *}. */
    static boolean acceptsGzip(Enumeration<String> headers) {
        Double gzip = null;
        Double any = null;
        for (String header : headers == null ? Collections.<String>emptyList() : Collections.list(headers)) {
            for (String entry : header.split(",")) {
                String[] parts = entry.split(";");
                String coding = parts[0].strip().toLowerCase(Locale.ROOT);
                double quality = quality(parts);
                if (coding.equals("gzip") || coding.equals("x-gzip")) gzip = quality;
                else if (coding.equals("*")) any = quality;
            }
        }
        return gzip != null ? gzip > 0 : any != null && any > 0;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.startsWith("q=") || p.startsWith("Q=")) {
                try {
                    return Double.parseDouble(p.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0; // an unreadable quality is no consent
                }
            }
        }
        return 1;
    }

    private static boolean matches(Enumeration<String> ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        for (String header : Collections.list(ifNoneMatch)) {
            for (String tag : header.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || t.replaceFirst("^W/", "").equals(etag)) return true;
            }
        }
        return false;
    }
}
