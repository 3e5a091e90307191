package kz.esimder.convert.validate;

import static kz.esimder.convert.validate.ShapesGraphs.message;
import static kz.esimder.convert.validate.ShapesGraphs.objects;
import static kz.esimder.convert.validate.ShapesGraphs.sh;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * «This value is a concept of that scheme» constraints evaluated once per batch. The shapes say it
 * as {@code sh:node esh:InOrganScheme} (a node shape whose one property is {@code skos:inScheme
 * sh:hasValue <scheme>}), or as an {@code sh:or} of such nodes. Jena checks an {@code sh:node} by a
 * nested validation per value, building a report (an RDF model with a fresh random blank node)
 * for each: with a dozen concepts per record that was the largest single cost of validation. The
 * check itself is one lookup, {@code value skos:inScheme scheme} in the batch graph, so such
 * constraints are taken out of the shapes given to Jena and run here, with the same focus nodes,
 * paths and messages. Any other form of {@code sh:node} or {@code sh:or} stays with Jena.
 */
final class BatchSchemeConstraints {
    private static final Node NODE = sh("node");
    private static final Node OR = sh("or");
    private static final Node PATH = sh("path");
    private static final Node PROPERTY = sh("property");
    private static final Node HAS_VALUE = sh("hasValue");
    private static final Node ALTERNATIVE_PATH = sh("alternativePath");
    private static final Node TARGET_CLASS = sh("targetClass");
    private static final Node DEACTIVATED = sh("deactivated");
    private static final Node SEVERITY = sh("severity");
    private static final Node IN_SCHEME = SKOS.inScheme.asNode();
    private static final Node TYPE = RDF.type.asNode();

    /** Values of {@code predicates} on instances of {@code targetClass} are in one of {@code schemes}. */
    private record Constraint(Node targetClass, List<Node> predicates, String path, List<Node> schemes, String message) {}

    private final List<Constraint> constraints = new ArrayList<>();
    private final Graph remainingShapes;

    BatchSchemeConstraints(Graph shapes) {
        Set<Triple> taken = new HashSet<>();
        for (Triple t : shapes.find(Node.ANY, NODE, Node.ANY).toList()) {
            Node scheme = scheme(shapes, t.getObject());
            if (scheme != null && take(shapes, t.getSubject(), List.of(scheme))) {
                taken.add(t);
            }
        }
        for (Triple t : shapes.find(Node.ANY, OR, Node.ANY).toList()) {
            List<Node> schemes = orOfSchemes(shapes, t.getObject());
            if (schemes != null && take(shapes, t.getSubject(), schemes)) {
                taken.add(t);
            }
        }
        remainingShapes = ShapesGraphs.without(shapes, taken);
    }

    Graph remainingShapes() {
        return remainingShapes;
    }

    /** Runs every constraint once over the batch. */
    List<Violation> validate(BatchData data) {
        List<Violation> out = new ArrayList<>();
        for (Constraint c : constraints) {
            for (Node focus : data.instances(c.targetClass())) {
                for (Node p : c.predicates()) {
                    for (Node value : data.objects(focus, p)) {
                        if (!inAny(data, value, c.schemes())) {
                            out.add(new Violation(focus, c.path(), c.message()));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean inAny(BatchData data, Node value, List<Node> schemes) {
        for (Node s : schemes) {
            if (data.contains(value, IN_SCHEME, s)) {
                return true;
            }
        }
        return false;
    }

    /** Takes the constraint when its shape is a plain property shape: one target class, a simple or alternative path. */
    private boolean take(Graph shapes, Node shape, List<Node> schemes) {
        List<Node> targets = objects(shapes, shape, TARGET_CLASS);
        List<Node> paths = objects(shapes, shape, PATH);
        if (targets.size() != 1 || paths.size() != 1 || shapes.contains(shape, DEACTIVATED, Node.ANY)
                || shapes.contains(shape, SEVERITY, Node.ANY) && !shapes.contains(shape, SEVERITY, sh("Violation"))) {
            return false;
        }
        List<Node> predicates = predicates(shapes, paths.get(0));
        if (predicates == null) {
            return false;
        }
        Path path = ShaclPaths.parsePath(shapes, paths.get(0));
        String message = message(shapes, shape);
        constraints.add(new Constraint(targets.get(0), predicates, path.toString(), schemes,
                message != null ? message : "a value is not a concept of the scheme " + schemes));
        return true;
    }

    /** The predicates of an IRI path or an sh:alternativePath of IRIs; null for any other path. */
    private static List<Node> predicates(Graph shapes, Node path) {
        if (path.isURI()) {
            return List.of(path);
        }
        List<Node> alternatives = objects(shapes, path, ALTERNATIVE_PATH);
        if (alternatives.size() != 1) {
            return null;
        }
        List<Node> items = list(shapes, alternatives.get(0));
        return items != null && !items.isEmpty() && items.stream().allMatch(Node::isURI) ? items : null;
    }

    /** The schemes of an sh:or list whose members are each just {@code [ sh:node <in-scheme shape> ]}. */
    private static List<Node> orOfSchemes(Graph shapes, Node listHead) {
        List<Node> members = list(shapes, listHead);
        if (members == null || members.isEmpty()) {
            return null;
        }
        List<Node> schemes = new ArrayList<>();
        for (Node m : members) {
            List<Triple> all = shapes.find(m, Node.ANY, Node.ANY).toList();
            if (!m.isBlank() || all.size() != 1 || !all.get(0).getPredicate().equals(NODE)) {
                return null;
            }
            Node scheme = scheme(shapes, all.get(0).getObject());
            if (scheme == null) {
                return null;
            }
            schemes.add(scheme);
        }
        return schemes;
    }

    /**
     * The scheme of a node shape that says only «skos:inScheme has this value» (besides its type and
     * messages); null for any other shape.
     */
    private static Node scheme(Graph shapes, Node nodeShape) {
        Node property = null;
        for (Triple t : shapes.find(nodeShape, Node.ANY, Node.ANY).toList()) {
            Node p = t.getPredicate();
            if (p.equals(PROPERTY) && property == null) {
                property = t.getObject();
            } else if (!p.equals(TYPE) && !p.equals(ShapesGraphs.MESSAGE) && !p.equals(RDFS.label.asNode())
                    && !p.equals(RDFS.comment.asNode())) {
                return null;
            }
        }
        if (property == null) {
            return null;
        }
        Node scheme = null;
        for (Triple t : shapes.find(property, Node.ANY, Node.ANY).toList()) {
            if (t.getPredicate().equals(PATH) && t.getObject().equals(IN_SCHEME)) {
                continue;
            }
            if (t.getPredicate().equals(HAS_VALUE) && scheme == null) {
                scheme = t.getObject();
            } else {
                return null;
            }
        }
        return shapes.contains(property, PATH, IN_SCHEME) ? scheme : null;
    }

    /** The members of an RDF list, or null when it is not a well-formed one. */
    private static List<Node> list(Graph g, Node head) {
        List<Node> out = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        Node n = head;
        while (!n.equals(RDF.nil.asNode())) {
            List<Node> first = objects(g, n, RDF.first.asNode());
            List<Node> rest = objects(g, n, RDF.rest.asNode());
            if (!seen.add(n) || first.size() != 1 || rest.size() != 1) {
                return null;
            }
            out.add(first.get(0));
            n = rest.get(0);
        }
        return out;
    }
}
