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
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The ontology and vocabularies as a lookup from a resource to its description, so that a record's
 * small graph can carry what shapes need to know about the concepts it points to: the concept's
 * own triples (its {@code skos:inScheme}, its types) and the superclasses of its types (for
 * {@code sh:class esm:Place} on a camp). Nothing further: a scheme's list of top concepts would
 * drag the whole vocabulary into every record.
 *
 * <p>The same descriptions are indexed here once, by subject and predicate (and by predicate and
 * object), and shared read-only by every batch and thread: a batch sees only the part its records
 * point to ({@link BatchData}), instead of copying the same concepts' triples into its own index
 * every time.
 */
final class ReferenceData {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node SUBCLASS_OF = RDFS.subClassOf.asNode();

    private final Map<Node, List<Triple>> bySubject = new HashMap<>();
    /** By subject, then predicate: the objects, in the reference's order. */
    private final Map<Node, Map<Node, List<Node>>> properties = new HashMap<>();
    /** By predicate, then object: the subjects; built per predicate when first asked. */
    private final Map<Node, Map<Node, List<Node>>> inverse = new ConcurrentHashMap<>();
    private final Map<Node, List<Triple>> closures = new ConcurrentHashMap<>();
    private final Map<Node, List<Node>> typeChains = new ConcurrentHashMap<>();

    ReferenceData(Graph reference) {
        reference.find().forEachRemaining(t -> {
            if (!t.getSubject().isBlank()) {
                bySubject.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
                properties.computeIfAbsent(t.getSubject(), k -> new HashMap<>(8))
                        .computeIfAbsent(t.getPredicate(), k -> new ArrayList<>(1)).add(t.getObject());
            }
        });
    }

    /** What the node's description is for validation: empty for a node the reference does not know. */
    List<Triple> closureOf(Node node) {
        if (!bySubject.containsKey(node)) {
            return List.of();
        }
        return closures.computeIfAbsent(node, this::compute);
    }

    /** The node's description by predicate (objects distinct, as a graph's), or null when the reference does not know it. */
    Map<Node, List<Node>> properties(Node node) {
        return properties.get(node);
    }

    /** The objects of (node, predicate, ?) in the reference; a graph's triples are distinct already. */
    List<Node> objects(Node node, Node predicate) {
        Map<Node, List<Node>> p = properties.get(node);
        List<Node> values = p == null ? null : p.get(predicate);
        return values == null ? List.of() : values;
    }

    /** The subjects of (?, predicate, value) in the reference. */
    List<Node> subjects(Node predicate, Node value) {
        List<Node> out = inverse.computeIfAbsent(predicate, this::invert).get(value);
        return out == null ? List.of() : out;
    }

    /**
     * The classes whose URI superclass links a concept's closure carries: its types and every class
     * rdfs:subClassOf reaches from them, in the order first reached ({@link #closureOf}).
     */
    List<Node> typeChain(Node concept) {
        return typeChains.computeIfAbsent(concept, c -> {
            Set<Node> seen = new LinkedHashSet<>();
            List<Node> classes = new ArrayList<>(objects(c, TYPE));
            while (!classes.isEmpty()) {
                Node k = classes.remove(classes.size() - 1);
                if (seen.add(k)) {
                    classes.addAll(uriSuperclasses(k));
                }
            }
            return List.copyOf(seen);
        });
    }

    /** The URI objects of (type, rdfs:subClassOf, ?): what a concept's closure says about a class of its type chain. */
    List<Node> uriSuperclasses(Node type) {
        List<Node> all = objects(type, SUBCLASS_OF);
        return all.stream().allMatch(Node::isURI) ? all : all.stream().filter(Node::isURI).toList();
    }

    private Map<Node, List<Node>> invert(Node predicate) {
        Map<Node, List<Node>> out = new HashMap<>();
        properties.forEach((s, p) -> {
            for (Node o : p.getOrDefault(predicate, List.of())) {
                out.computeIfAbsent(o, k -> new ArrayList<>(1)).add(s);
            }
        });
        return out;
    }

    /** The concept's own triples, then the URI superclass links of each class of its type chain. */
    private List<Triple> compute(Node start) {
        Set<Triple> out = new LinkedHashSet<>(bySubject.get(start));
        for (Node c : typeChain(start)) {
            for (Triple t : bySubject.getOrDefault(c, List.of())) {
                if (t.getPredicate().equals(SUBCLASS_OF) && t.getObject().isURI()) {
                    out.add(t);
                }
            }
        }
        return List.copyOf(out);
    }
}
