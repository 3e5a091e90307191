package kz.esimder.convert.pipeline;

import java.io.StringWriter;
import java.util.Arrays;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.sparql.core.Quad;

/**
 * Encodes quads as N-Quads lines in UTF-8: the same bytes as Jena's N-Quads stream writer
 * ({@code WriterStreamRDFPlain} with an N-Triples node formatter). A term that needs no escaping,
 * or only the escapes of a multi-line text, is encoded by {@link EncodedQuads}; any other goes
 * through Jena's N-Triples formatter, so rarer escaping stays Jena's.
 * Most terms repeat as the same node (predicates, the graph, a subject for a dozen quads in a row,
 * shared dates), so a term's bytes are kept in a small table and copied. One encoder per thread.
 */
final class QuadEncoder {
    private static final int SLOTS = 4096;
    /** Longer terms (verbatim texts) are written anew each time: they hardly ever repeat. */
    private static final int CACHED_LENGTH = 256;
    private static final int KEPT_BYTES = 1 << 18;

    /**
     * A direct-mapped table of recent terms: a miss overwrites the slot. A term is found only as
     * the same node: comparing an equal one's text meant reading an old node, a cache miss that
     * cost more than encoding the term again.
     */
    private final Node[] terms = new Node[SLOTS];
    /** Where each slot's term's bytes are in {@link #kept}, and how many. */
    private final int[] offsets = new int[SLOTS];
    private final int[] lengths = new int[SLOTS];
    /**
     * The bytes of the terms in the table, one after the other in an array small enough to stay
     * in the cache (one array a term, they were scattered over the heap); when it is full, the
     * table is emptied and starts again.
     */
    private final byte[] kept = new byte[KEPT_BYTES];
    private int keptLength;
    /** Only for what {@link EncodedQuads} declines: it has no fast path of its own to try first. */
    private final NodeFormatterNT jena = new NodeFormatterNT();
    /** Where Jena's formatter writes a term that needs escaping: one writer, emptied after each term. */
    private final StringWriter escaped = new StringWriter();
    private final AWriter escapedWriter = IO.wrap(escaped);

    /** Writes one line, {@code s p o g .}, or {@code s p o .} for a triple or the default graph. */
    void quad(Node s, Node p, Node o, Node g, EncodedQuads into) {
        term(s, into);
        into.put((byte) ' ');
        term(p, into);
        into.put((byte) ' ');
        term(o, into);
        if (g != null && g != Quad.tripleInQuad && !Quad.isDefaultGraph(g)) {
            into.put((byte) ' ');
            term(g, into);
        }
        into.put((byte) ' ');
        into.put((byte) '.');
        into.put((byte) '\n');
    }

    private void term(Node n, EncodedQuads into) {
        int slot = n.hashCode() & (SLOTS - 1);
        if (terms[slot] == n) {
            into.put(kept, offsets[slot], lengths[slot]);
            return;
        }
        int start = into.length();
        encode(n, into);
        int length = into.length() - start;
        if (length <= CACHED_LENGTH) {
            keep(slot, n, into, start, length);
        }
    }

    private void keep(int slot, Node n, EncodedQuads into, int start, int length) {
        if (length > KEPT_BYTES - keptLength) {
            Arrays.fill(terms, null);
            keptLength = 0;
        }
        into.copyTo(start, length, kept, keptLength);
        terms[slot] = n;
        offsets[slot] = keptLength;
        lengths[slot] = length;
        keptLength += length;
    }

    /** The term as N-Quads writes it. */
    private void encode(Node n, EncodedQuads into) {
        int start = into.length();
        if (n.isURI() && into.putIri(n.getURI())) {
            return;
        }
        if (n.isLiteral() && n.getLiteralBaseDirection() == null && literal(n, into)) {
            return;
        }
        into.truncate(start);
        jena.format(escapedWriter, n);
        escapedWriter.flush();
        into.putUtf8(escaped.toString());
        escaped.getBuffer().setLength(0);
    }

    /** A literal with a language tag or a datatype written here; false when it needs Jena's escaping. */
    private static boolean literal(Node n, EncodedQuads into) {
        if (!into.putQuoted(n.getLiteralLexicalForm())) {
            return false;
        }
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            into.put((byte) '@');
            into.putUtf8(lang);
            return true;
        }
        if (n.getLiteralDatatype() == XSDDatatype.XSDstring) {
            return true;
        }
        into.put((byte) '^');
        into.put((byte) '^');
        return into.putIri(n.getLiteralDatatypeURI());
    }
}
