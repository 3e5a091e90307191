package kz.esimder.convert.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;

/**
 * The part of the shared {@link ReferenceData} one batch sees: the union of
 * {@link ReferenceData#closureOf} over the concepts its triples point to, answered from the shared
 * index without copying it. A concept pointed to brings its whole description; the classes of its
 * type chain bring only their URI rdfs:subClassOf links. Nothing else of the reference is
 * visible, so a shape targeting a class the vocabularies use sees exactly the concepts the batch
 * points to, as it did when their triples were copied into the batch. One batch, one thread.
 */
final class ReferenceView {
    private static final Node SUBCLASS_OF = RDFS.subClassOf.asNode();

    private final ReferenceData reference;
    /** The concepts pointed to that the reference describes, with their properties. */
    private final Map<Node, Map<Node, List<Node>>> described = new HashMap<>();
    /** The classes of the described concepts' type chains; gathered when first asked. */
    private Set<Node> chainClasses;

    ReferenceView(ReferenceData reference) {
        this.reference = reference;
    }

    /** A node the batch's own triples point to: its description becomes visible. */
    void pointTo(Node node) {
        if (!described.containsKey(node)) {
            Map<Node, List<Node>> properties = reference.properties(node);
            if (properties != null) {
                described.put(node, properties);
                chainClasses = null;
            }
        }
    }

    /** Whether the reference may say anything about the node at all (false: nothing to look up). */
    boolean mayDescribe(Node node) {
        return reference.knows(node);
    }

    /** The objects of (node, predicate, ?) among the visible triples, distinct. */
    List<Node> objects(Node node, Node predicate) {
        Map<Node, List<Node>> properties = described.get(node);
        if (properties != null) {
            return properties.getOrDefault(predicate, List.of());
        }
        if (predicate.equals(SUBCLASS_OF) && chainClasses().contains(node)) {
            return reference.uriSuperclasses(node);
        }
        return List.of();
    }

    /** The subjects of (?, predicate, value) among the visible triples, distinct. */
    List<Node> subjects(Node predicate, Node value) {
        List<Node> all = reference.subjects(predicate, value);
        if (all.isEmpty()) {
            return all;
        }
        boolean link = predicate.equals(SUBCLASS_OF) && value.isURI();
        List<Node> out = new ArrayList<>(all.size());
        for (Node s : all) {
            if (described.containsKey(s) || link && chainClasses().contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private Set<Node> chainClasses() {
        if (chainClasses == null) {
            chainClasses = new HashSet<>();
            for (Node c : described.keySet()) {
                chainClasses.addAll(reference.typeChain(c));
            }
        }
        return chainClasses;
    }
}
