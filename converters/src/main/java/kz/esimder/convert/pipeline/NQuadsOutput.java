package kz.esimder.convert.pipeline;

import java.io.OutputStream;
import org.apache.jena.riot.system.StreamRDF;

/**
 * N-Quads in UTF-8, byte for byte what Jena's {@code RDFFormat.NQUADS} stream writer writes, but
 * faster: Jena checks and writes an IRI or a literal one character at a time, through a chain of
 * character writers and an encoder, which was most of the cost of writing. Here the quads go
 * straight into a byte buffer ({@link NQuadsBytes}, {@link QuadEncoder}): a term that needs no
 * escaping, or only a multi-line text's, is encoded in one tight loop; any other goes to Jena's own
 * N-Triples formatter, so rarer escaping stays Jena's.
 */
public final class NQuadsOutput {

    private NQuadsOutput() {
    }

    /** A stream writer to {@code out}; call {@code start()} before and {@code finish()} (which flushes) after. */
    public static StreamRDF writer(OutputStream out) {
        return new NQuadsBytes(out);
    }
}
