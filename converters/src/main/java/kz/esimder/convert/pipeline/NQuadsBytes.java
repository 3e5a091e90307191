package kz.esimder.convert.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * N-Quads written straight into a byte buffer in UTF-8: the same bytes as Jena's N-Quads stream
 * writer ({@code WriterStreamRDFPlain} with an N-Triples node formatter), without its chain of
 * character writers and encoder. Quads given one by one are encoded here ({@link QuadEncoder});
 * quads a worker thread encoded already are copied in their place ({@link EncodedQuadsSink}).
 */
final class NQuadsBytes implements StreamRDF, EncodedQuadsSink {
    /** Bytes gathered before they go to the stream, in writes of about this size. */
    private static final int BUFFERED = 1 << 16;

    private final OutputStream out;
    private final EncodedQuads buffer = new EncodedQuads(BUFFERED + 1024);
    private final QuadEncoder encoder = new QuadEncoder();

    NQuadsBytes(OutputStream out) {
        this.out = out;
    }

    @Override
    public QuadEncoder encoder() {
        return new QuadEncoder();
    }

    @Override
    public void write(EncodedQuads quads) {
        drain();
        try {
            quads.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void start() {
    }

    @Override
    public void triple(Triple triple) {
        encoder.quad(triple.getSubject(), triple.getPredicate(), triple.getObject(), null, buffer);
        drainWhenFull();
    }

    @Override
    public void quad(Quad quad) {
        encoder.quad(quad.getSubject(), quad.getPredicate(), quad.getObject(), quad.getGraph(), buffer);
        drainWhenFull();
    }

    @Override
    public void base(String base) {
    }

    @Override
    public void prefix(String prefix, String iri) {
    }

    @Override
    public void version(String version) {
    }

    @Override
    public void finish() {
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drainWhenFull() {
        if (buffer.length() >= BUFFERED) {
            drain();
        }
    }

    private void drain() {
        try {
            buffer.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.truncate(0);
    }
}
