package kz.esimder.convert.pipeline;

import java.io.OutputStream;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.system.StreamRDF;

/**
 * N-Quads in UTF-8, byte for byte what Jena's {@code RDFFormat.NQUADS} stream writer writes, but
 * faster: Jena checks and writes an IRI or a literal one character at a time, through a chain of
 * character writers and an encoder, which was most of the cost of writing. Here the quads go
 * straight into a byte buffer ({@link NQuadsBytes}), a term that needs no escaping (every IRI the
 * converters make, almost every literal) checked in one tight loop and written whole; any other
 * goes to Jena's own formatter ({@link Formatter}), so escaping stays Jena's.
 */
public final class NQuadsOutput {

    private NQuadsOutput() {
    }

    /** A stream writer to {@code out}; call {@code start()} before and {@code finish()} (which flushes) after. */
    public static StreamRDF writer(OutputStream out) {
        return new NQuadsBytes(out);
    }

    /** Jena's N-Triples formatter with a fast path for terms that need no escaping. */
    static final class Formatter extends NodeFormatterNT {

        @Override
        public void formatURI(AWriter w, String uri) {
            if (plainIri(uri)) {
                w.print('<');
                w.print(uri);
                w.print('>');
            } else {
                super.formatURI(w, uri);
            }
        }

        @Override
        public void formatLitString(AWriter w, String lex) {
            if (plainLexical(lex)) {
                quoted(w, lex);
            } else {
                super.formatLitString(w, lex);
            }
        }

        @Override
        public void formatLitLang(AWriter w, String lex, String langTag) {
            if (plainLexical(lex)) {
                quoted(w, lex);
                w.print('@');
                w.print(langTag);
            } else {
                super.formatLitLang(w, lex, langTag);
            }
        }

        @Override
        public void formatLitDT(AWriter w, String lex, String datatypeURI) {
            if (plainLexical(lex)) {
                quoted(w, lex);
                w.print("^^");
                formatURI(w, datatypeURI);
            } else {
                super.formatLitDT(w, lex, datatypeURI);
            }
        }

        private static void quoted(AWriter w, String lex) {
            w.print('"');
            w.print(lex);
            w.print('"');
        }

        /** Printable ASCII and none of the characters N-Quads escapes in an IRI. */
        static boolean plainIri(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (!EncodedQuads.inIri(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /** No quote, backslash, control character, surrogate or U+FFFD (Jena escapes it): written as it is in UTF-8 N-Quads. */
        static boolean plainLexical(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < ' ' || c == '"' || c == '\\' || c >= 0x7F && c < 0xA0 || Character.isSurrogate(c) || c == 0xFFFD) {
                    return false;
                }
            }
            return true;
        }
    }
}
