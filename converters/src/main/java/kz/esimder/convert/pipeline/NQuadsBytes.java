package kz.esimder.convert.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * N-Quads written straight into a byte buffer in UTF-8: the same bytes as Jena's N-Quads stream
 * writer ({@code WriterStreamRDFPlain} with an N-Triples node formatter), without its chain of
 * character writers and encoder. Most terms repeat (predicates, the graph, concepts, a subject for
 * a dozen quads in a row), so a term's bytes are kept in a small table and copied. A term that needs
 * no escaping (every IRI the converters make, almost every literal) is encoded here; any other goes
 * through Jena's formatter ({@link NQuadsOutput.Formatter}), so escaping stays Jena's.
 */
final class NQuadsBytes implements StreamRDF {
    private static final int SLOTS = 4096;
    private static final byte[] SPACE = {' '};
    private static final byte[] END = {' ', '.', '\n'};

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;
    /** A direct-mapped table of recent terms and their bytes: a miss overwrites the slot. */
    private final Node[] terms = new Node[SLOTS];
    private final byte[][] encoded = new byte[SLOTS][];
    private final NQuadsOutput.Formatter jena = new NQuadsOutput.Formatter();
    /** Where Jena's formatter writes a term that needs escaping: one writer, emptied after each term. */
    private final StringWriter escaped = new StringWriter();
    private final AWriter escapedWriter = IO.wrap(escaped);

    NQuadsBytes(OutputStream out) {
        this.out = out;
    }

    @Override
    public void start() {
    }

    @Override
    public void triple(Triple triple) {
        term(triple.getSubject());
        put(SPACE);
        term(triple.getPredicate());
        put(SPACE);
        term(triple.getObject());
        put(END);
    }

    @Override
    public void quad(Quad quad) {
        term(quad.getSubject());
        put(SPACE);
        term(quad.getPredicate());
        put(SPACE);
        term(quad.getObject());
        Node g = quad.getGraph();
        if (g != null && g != Quad.tripleInQuad && !Quad.isDefaultGraph(g)) {
            put(SPACE);
            term(g);
        }
        put(END);
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
        try {
            drain();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void term(Node n) {
        int slot = n.hashCode() & (SLOTS - 1);
        Node known = terms[slot];
        // IRIs repeat as equal nodes; a literal repeats as the same node (shared dates, concepts) or
        // not at all (a verbatim text), so comparing two literals' texts would be wasted.
        if (known != n && (known == null || !n.isURI() || !known.equals(n))) {
            terms[slot] = n;
            encoded[slot] = encode(n);
        }
        put(encoded[slot]);
    }

    /** The term as N-Quads writes it, in UTF-8. */
    private byte[] encode(Node n) {
        if (n.isURI() && NQuadsOutput.Formatter.plainIri(n.getURI())) {
            return ("<" + n.getURI() + ">").getBytes(StandardCharsets.UTF_8);
        }
        if (n.isLiteral() && n.getLiteralBaseDirection() == null
                && NQuadsOutput.Formatter.plainLexical(n.getLiteralLexicalForm())) {
            String lex = n.getLiteralLexicalForm();
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return ("\"" + lex + "\"@" + lang).getBytes(StandardCharsets.UTF_8);
            }
            if (n.getLiteralDatatype() == XSDDatatype.XSDstring) {
                return ("\"" + lex + "\"").getBytes(StandardCharsets.UTF_8);
            }
            String dt = n.getLiteralDatatypeURI();
            if (NQuadsOutput.Formatter.plainIri(dt)) {
                return ("\"" + lex + "\"^^<" + dt + ">").getBytes(StandardCharsets.UTF_8);
            }
        }
        jena.format(escapedWriter, n);
        escapedWriter.flush();
        byte[] bytes = escaped.toString().getBytes(StandardCharsets.UTF_8);
        escaped.getBuffer().setLength(0);
        return bytes;
    }

    private void put(byte[] bytes) {
        if (bytes.length > buffer.length - used) {
            drain();
            if (bytes.length > buffer.length) {
                write(bytes, bytes.length);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
    }

    private void drain() {
        write(buffer, used);
        used = 0;
    }

    private void write(byte[] bytes, int length) {
        try {
            out.write(bytes, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
