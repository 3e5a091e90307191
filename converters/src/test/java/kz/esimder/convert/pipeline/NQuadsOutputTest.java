package kz.esimder.convert.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/**
 * The fast writer writes exactly the bytes Jena's N-Quads stream writer writes, escapes included,
 * whether it is given quads or bytes a worker's encoder made of them. Compared as bytes: decoded,
 * a wrongly encoded character could hide behind U+FFFD.
 */
class NQuadsOutputTest {

    private static final Node G = NodeFactory.createURI("http://localhost:8080/graph/t");
    private static final Node S = NodeFactory.createURI("http://localhost:8080/id/person/t-1");
    private static final Node P = NodeFactory.createURI("https://w3id.org/esimder/ontology#verbatim");

    /** Jena's own N-Quads stream writer, what the fast one is held to. */
    private static final Function<ByteArrayOutputStream, StreamRDF> JENA = out -> StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);

    private static final List<Node> OBJECTS = List.of(
            NodeFactory.createURI("https://w3id.org/esimder/vocab/charge/58-1a"),
            NodeFactory.createURI("http://example.org/a b<c>\"{|}^`\\"),
            NodeFactory.createURI("http://example.org/Қарағанды"),
            NodeFactory.createURI("http://example.org/😀"),
            NodeFactory.createURI("http://example.org/~!$&'()*+,;=:@%20?#[]"),
            NodeFactory.createLiteralString("АГЕЕВ Василий Иванович: ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І"),
            NodeFactory.createLiteralString("line one\nline \"two\"\t\\ end\r"),
            NodeFactory.createLiteralString("Фамилия: Агеев\nИмя: Василий\r\n\"цитата\" \\ 'апостроф'"),
            NodeFactory.createLiteralString("control \u0001 \u007f \u0085 and 😀 outside the BMP"),
            NodeFactory.createLiteralString("backspace \b form feed \f vertical tab \u000b nul \u0000"),
            NodeFactory.createLiteralString("edges \u00a0 \u07ff \u0800 \uffee \ufffd \u2028 \u2029 ~"),
            NodeFactory.createLiteralString("Ağeev 😀 Қ \"both\"\n"),
            NodeFactory.createLiteralString("a lone surrogate \ud800 here"),
            NodeFactory.createLiteralString(""),
            NodeFactory.createLiteralString("долгий текст ".repeat(40) + "\n" + "конец"),
            NodeFactory.createLiteralLang("Агеев Василий Иванович", "ru"),
            NodeFactory.createLiteralLang("Ageev Vasiliy", "ru-Latn"),
            NodeFactory.createLiteralLang("Ағеев Уасилий", "kk-Cyrl"),
            NodeFactory.createLiteralLang("say \"hi\"\n", "en"),
            NodeFactory.createLiteralLang("replaced \ufffd", "ru"),
            NodeFactory.createLiteralDirLang("مرحبا", "ar", TextDirection.RTL),
            NodeFactory.createLiteralDT("1937-12-30", XSDDatatype.XSDdate),
            NodeFactory.createLiteralDT("1891", XSDDatatype.XSDgYear),
            NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger),
            NodeFactory.createLiteralDT("x\ny", XSDDatatype.XSDstring),
            NodeFactory.createLiteralDT("v", NodeFactory.getType("http://example.org/dt#a b")),
            NodeFactory.createLiteralDT("ә", NodeFactory.getType("http://example.org/тип")),
            NodeFactory.createBlankNode("b0"));

    @Test
    void writesWhatJenaWrites() {
        List<Quad> quads = quads(OBJECTS);
        assertSameBytes(written(quads, NQuadsOutput::writer), written(quads, JENA));
    }

    @Test
    void bytesAnEncoderMadeAreWhatJenaWrites() {
        List<Quad> quads = quads(OBJECTS);
        assertSameBytes(encoded(quads), written(quads, JENA));
    }

    /** Each term again, the same node and an equal one: found in the encoder's table, or encoded anew. */
    @Test
    void repeatedTermsAreWrittenAsTheFirstTime() {
        List<Node> twice = new ArrayList<>(OBJECTS);
        twice.addAll(OBJECTS);
        OBJECTS.forEach(o -> twice.add(copy(o)));
        List<Quad> quads = quads(twice);
        assertSameBytes(encoded(quads), written(quads, JENA));
        assertSameBytes(written(quads, NQuadsOutput::writer), written(quads, JENA));
    }

    /** More terms than the encoder's table has slots, and more bytes than it keeps: it starts again, never mixes them up. */
    @Test
    void manyDistinctTermsOverflowTheTableCleanly() {
        List<Node> many = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            Node iri = NodeFactory.createURI("http://localhost:8080/id/person/t-" + i + "/" + "x".repeat(i % 200));
            Node text = NodeFactory.createLiteralString("Агеев " + i + "\n" + "ә".repeat(i % 120));
            many.add(iri);
            many.add(text);
            many.add(iri);
            many.add(text);
        }
        List<Quad> quads = quads(many);
        assertSameBytes(encoded(quads), written(quads, JENA));
    }

    @Test
    void aTripleOrTheDefaultGraphIsWrittenWithoutAGraph() {
        Node o = NodeFactory.createLiteralString("x");
        String expected = "<http://localhost:8080/id/person/t-1> <https://w3id.org/esimder/ontology#verbatim> \"x\" .\n";
        assertThat(written(List.of(Quad.create(Quad.defaultGraphIRI, S, P, o)), NQuadsOutput::writer))
                .isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF writer = NQuadsOutput.writer(out);
        writer.triple(Triple.create(S, P, o));
        writer.finish();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    /** Compared as text first, for a readable difference, then as bytes. */
    private static void assertSameBytes(byte[] actual, byte[] expected) {
        assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(actual).isEqualTo(expected);
    }

    private static List<Quad> quads(List<Node> objects) {
        return objects.stream().map(o -> Quad.create(G, S, P, o)).toList();
    }

    private static Node copy(Node n) {
        if (n.isURI()) {
            return NodeFactory.createURI(new String(n.getURI()));
        }
        if (n.isLiteral()) {
            return NodeFactory.createLiteral(new String(n.getLiteralLexicalForm()), n.getLiteralLanguage(),
                    n.getLiteralBaseDirection(), n.getLiteralDatatype());
        }
        return NodeFactory.createBlankNode(n.getBlankNodeLabel());
    }

    /** The quads encoded by an encoder of the N-Quads sink, then written through it between quads given as such. */
    private static byte[] encoded(List<Quad> quads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF writer = NQuadsOutput.writer(out);
        EncodedQuadsSink sink = (EncodedQuadsSink) writer;
        QuadEncoder encoder = sink.encoder();
        writer.start();
        writer.quad(quads.get(0));
        EncodedQuads bytes = new EncodedQuads(16);
        for (Quad q : quads.subList(1, quads.size() - 1)) {
            encoder.quad(q.getSubject(), q.getPredicate(), q.getObject(), q.getGraph(), bytes);
        }
        sink.write(bytes);
        writer.quad(quads.get(quads.size() - 1));
        writer.finish();
        return out.toByteArray();
    }

    private static byte[] written(List<Quad> quads, Function<ByteArrayOutputStream, StreamRDF> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF stream = writer.apply(out);
        stream.start();
        quads.forEach(stream::quad);
        stream.finish();
        return out.toByteArray();
    }
}
