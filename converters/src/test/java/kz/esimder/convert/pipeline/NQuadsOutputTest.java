package kz.esimder.convert.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** The fast writer writes exactly the bytes Jena's N-Quads stream writer writes, escapes included. */
class NQuadsOutputTest {

    private static final Node G = NodeFactory.createURI("http://localhost:8080/graph/t");
    private static final Node S = NodeFactory.createURI("http://localhost:8080/id/person/t-1");
    private static final Node P = NodeFactory.createURI("https://w3id.org/esimder/ontology#verbatim");

    private static final List<Node> OBJECTS = List.of(
            NodeFactory.createURI("https://w3id.org/esimder/vocab/charge/58-1a"),
            NodeFactory.createURI("http://example.org/a b<c>\"{|}^`\\"),
            NodeFactory.createURI("http://example.org/Қарағанды"),
            NodeFactory.createLiteralString("АГЕЕВ Василий Иванович: ә ғ қ ң ө ұ ү һ і"),
            NodeFactory.createLiteralString("line one\nline \"two\"\t\\ end\r"),
            NodeFactory.createLiteralString("control \u0001 \u007f \u0085 and 😀 outside the BMP"),
            NodeFactory.createLiteralString(""),
            NodeFactory.createLiteralLang("Агеев Василий Иванович", "ru"),
            NodeFactory.createLiteralLang("say \"hi\"", "en"),
            NodeFactory.createLiteralDT("1937-12-30", XSDDatatype.XSDdate),
            NodeFactory.createLiteralDT("x\ny", XSDDatatype.XSDstring),
            NodeFactory.createBlankNode("b0"));

    @Test
    void writesWhatJenaWrites() {
        assertThat(written(NQuadsOutput::writer)).isEqualTo(written(out -> StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS)));
    }

    private static String written(java.util.function.Function<ByteArrayOutputStream, StreamRDF> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF stream = writer.apply(out);
        stream.start();
        for (Node o : OBJECTS) {
            stream.quad(Quad.create(G, S, P, o));
        }
        stream.finish();
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
