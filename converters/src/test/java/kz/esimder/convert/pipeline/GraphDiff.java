package kz.esimder.convert.pipeline;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;

/** What two graphs without blank nodes differ in, for a readable test failure. */
final class GraphDiff {
    private GraphDiff() {}

    static String describe(Graph expected, Graph actual) {
        StringBuilder b = new StringBuilder();
        expected.find().forEachRemaining(t -> {
            if (!actual.contains(t)) {
                b.append("\n  missing:    ").append(show(t));
            }
        });
        actual.find().forEachRemaining(t -> {
            if (!expected.contains(t)) {
                b.append("\n  unexpected: ").append(show(t));
            }
        });
        return b.toString();
    }

    private static String show(Triple t) {
        return t.getSubject() + " " + t.getPredicate().getLocalName() + " " + t.getObject();
    }
}
