package kz.esimder.convert.validate;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * A number for each distinct predicate of a batch, so that a subject's values are an array slot
 * rather than a hash look-up keyed by an IRI. Predicates are a few dozen node objects (the
 * mapper's constants, the shapes' own copies of the same IRIs) asked for millions of times: each
 * object is found by identity in a small open-addressed table (probed from its IRI's hash, which
 * the IRI string keeps), and only its first look-up compares IRIs. One batch, one thread.
 */
final class PredicateIds {
    private final Map<Node, Integer> byIri = new HashMap<>();
    /** Every node object met, by identity: several objects of one IRI sit in neighbouring slots. */
    private Node[] nodes = new Node[128];
    private int[] ids = new int[128];
    private int size;

    /** The predicate's number, the same for every node object of the same IRI; numbers count up from 0. */
    int of(Node predicate) {
        int mask = nodes.length - 1;
        for (int i = slot(predicate, mask); ; i = (i + 1) & mask) {
            Node n = nodes[i];
            if (n == predicate) {
                return ids[i];
            }
            if (n == null) {
                int id = byIri.computeIfAbsent(predicate, p -> byIri.size());
                remember(predicate, id);
                return id;
            }
        }
    }

    private void remember(Node predicate, int id) {
        if (2 * (size + 1) > nodes.length) {
            Node[] oldNodes = nodes;
            int[] oldIds = ids;
            nodes = new Node[oldNodes.length * 2];
            ids = new int[oldNodes.length * 2];
            size = 0;
            for (int i = 0; i < oldNodes.length; i++) {
                if (oldNodes[i] != null) {
                    remember(oldNodes[i], oldIds[i]);
                }
            }
        }
        int mask = nodes.length - 1;
        int i = slot(predicate, mask);
        while (nodes[i] != null) {
            i = (i + 1) & mask;
        }
        nodes[i] = predicate;
        ids[i] = id;
        size++;
    }

    private static int slot(Node predicate, int mask) {
        int h = predicate.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }
}
