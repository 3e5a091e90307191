package kz.esimder.convert.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/** Reading a shapes graph: what the batch constraints need to recognise the shapes they take over. */
final class ShapesGraphs {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    static final Node MESSAGE = sh("message");

    private ShapesGraphs() {
    }

    static Node sh(String local) {
        return NodeFactory.createURI(SH + local);
    }

    /** A copy of the shapes graph without the triples a batch constraint took over. */
    static Graph without(Graph shapes, Set<Triple> taken) {
        Graph out = GraphFactory.createGraphMem();
        out.getPrefixMapping().setNsPrefixes(shapes.getPrefixMapping());
        shapes.find().forEachRemaining(t -> {
            if (!taken.contains(t)) {
                out.add(t);
            }
        });
        return out;
    }

    static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    /** The English sh:message of a shape or constraint, else any, else null. */
    static String message(Graph shapes, Node node) {
        String any = null;
        for (Node m : objects(shapes, node, MESSAGE)) {
            if (m.isLiteral()) {
                if (m.getLiteralLanguage().startsWith("en")) {
                    return m.getLiteralLexicalForm();
                }
                any = any == null ? m.getLiteralLexicalForm() : any;
            }
        }
        return any;
    }
}
