package kz.esimder.convert.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 */
final class ReferenceData {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node SUBCLASS_OF = RDFS.subClassOf.asNode();

    private final Map<Node, List<Triple>> bySubject = new HashMap<>();
    private final Map<Node, List<Triple>> closures = new ConcurrentHashMap<>();

    ReferenceData(Graph reference) {
        reference.find().forEachRemaining(t -> {
            if (!t.getSubject().isBlank()) {
                bySubject.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
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

    private List<Triple> compute(Node start) {
        Set<Triple> out = new LinkedHashSet<>();
        List<Node> classes = new ArrayList<>();
        for (Triple t : bySubject.get(start)) {
            out.add(t);
            if (t.getPredicate().equals(TYPE)) {
                classes.add(t.getObject());
            }
        }
        Set<Node> seen = new HashSet<>();
        while (!classes.isEmpty()) {
            Node c = classes.remove(classes.size() - 1);
            if (!seen.add(c)) {
                continue;
            }
            for (Triple t : bySubject.getOrDefault(c, List.of())) {
                if (t.getPredicate().equals(SUBCLASS_OF) && t.getObject().isURI()) {
                    out.add(t);
                    classes.add(t.getObject());
                }
            }
        }
        return List.copyOf(out);
    }
}
