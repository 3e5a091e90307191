package kz.esimder.convert.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The ontology and vocabularies as a lookup from a resource to its description, so that a record's
 * small graph can carry the descriptions of the concepts it points to (their schemes and types)
 * and shapes that check «is this a concept of the organ scheme» work without validating the
 * record against the whole vocabulary graph.
 */
final class ReferenceData {
    // Two hops cover concept → its class → that class's superclass (esm:Camp ⊑ esm:Place).
    private static final int HOPS = 3;

    private final Map<Node, List<Triple>> bySubject = new HashMap<>();
    private final Map<Node, List<Triple>> closures = new ConcurrentHashMap<>();

    ReferenceData(Graph reference) {
        reference.find().forEachRemaining(t -> {
            if (!t.getSubject().isBlank()) {
                bySubject.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
            }
        });
    }

    /** The descriptions the node needs, up to a few hops: empty for a node the reference does not know. */
    List<Triple> closureOf(Node node) {
        if (!bySubject.containsKey(node)) {
            return List.of();
        }
        return closures.computeIfAbsent(node, this::compute);
    }

    private List<Triple> compute(Node start) {
        Set<Triple> out = new LinkedHashSet<>();
        Set<Node> seen = new LinkedHashSet<>();
        List<Node> frontier = List.of(start);
        for (int hop = 0; hop < HOPS && !frontier.isEmpty(); hop++) {
            List<Node> next = new ArrayList<>();
            for (Node n : frontier) {
                if (!seen.add(n)) {
                    continue;
                }
                for (Triple t : bySubject.getOrDefault(n, List.of())) {
                    out.add(t);
                    if (t.getObject().isURI()) {
                        next.add(t.getObject());
                    }
                }
            }
            frontier = next;
        }
        return List.copyOf(out);
    }
}
