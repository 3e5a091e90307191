package kz.esimder.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response whose body is held until the end: nothing reaches the client (so nothing is
 * committed) until {@link #sendTo}. Headers and status go to the wrapped response as usual. A
 * failure that happens half-way through writing (a query stopped at the timeout while its results
 * stream out) can therefore still become a clean error answer, and a complete answer can be kept.
 */
final class BufferedResponse extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final long limit;
    /** Over the limit: what was held is sent, and the rest streams to the client as usual (not kept). */
    private boolean passThrough;
    private ServletOutputStream stream;
    private PrintWriter writer;
    private int errorStatus;
    private String errorMessage;

    /** @param limit the most bytes held; a larger answer streams through (and cannot be kept) */
    BufferedResponse(HttpServletResponse response, long limit) {
        super(response);
        this.limit = limit;
    }

    private void write(byte[] b, int off, int len) throws IOException {
        if (!passThrough && buffer.size() + (long) len > limit) {
            passThrough = true;
            getResponse().getOutputStream().write(buffer.toByteArray());
            buffer.reset();
        }
        if (passThrough) getResponse().getOutputStream().write(b, off, len);
        else buffer.write(b, off, len);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override public boolean isReady() { return true; }
                @Override public void setWriteListener(WriteListener listener) { throw new UnsupportedOperationException("blocking only"); }
                @Override public void write(int b) throws IOException { BufferedResponse.this.write(new byte[] {(byte) b}, 0, 1); }
                @Override public void write(byte[] b, int off, int len) throws IOException { BufferedResponse.this.write(b, off, len); }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    @Override public void flushBuffer() { if (writer != null) writer.flush(); }
    @Override public boolean isCommitted() { return passThrough && super.isCommitted(); }
    @Override public void resetBuffer() { flushBuffer(); if (passThrough) super.resetBuffer(); else buffer.reset(); }
    @Override public void reset() { resetBuffer(); super.reset(); errorStatus = 0; errorMessage = null; }
    @Override public void setContentLength(int len) { }
    @Override public void setContentLengthLong(long len) { }
    @Override public void sendError(int sc) throws IOException { sendError(sc, null); }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        if (passThrough) {
            super.sendError(sc, msg);
            return;
        }
        resetBuffer();
        errorStatus = sc;
        errorMessage = msg;
    }

    /** Whether this is a whole, successful answer, held entire: status 200, no error sent, not streamed through. */
    boolean complete() {
        return !passThrough && errorStatus == 0 && getStatus() == SC_OK;
    }

    byte[] body() {
        flushBuffer();
        return buffer.toByteArray();
    }

    /** Writes the answer, or the error, to the response it wraps. */
    void sendTo(HttpServletResponse response) throws IOException {
        if (passThrough) {
            flushBuffer();
            return;
        }
        if (errorStatus != 0) {
            if (errorMessage == null) response.sendError(errorStatus);
            else response.sendError(errorStatus, errorMessage);
            return;
        }
        byte[] body = body();
        response.setContentLengthLong(body.length);
        response.getOutputStream().write(body);
    }
}
