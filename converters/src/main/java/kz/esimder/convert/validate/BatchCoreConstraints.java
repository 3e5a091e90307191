package kz.esimder.convert.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.esimder.convert.normalise.BoundedCache;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.DatatypeConstraint;
import org.apache.jena.shacl.engine.constraint.HasValueConstraint;
import org.apache.jena.shacl.engine.constraint.LessThanOrEqualsConstraint;
import org.apache.jena.shacl.engine.constraint.MaxCount;
import org.apache.jena.shacl.engine.constraint.MinCount;
import org.apache.jena.shacl.engine.constraint.ShNode;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.engine.constraint.ValueMaxInclusiveConstraint;
import org.apache.jena.shacl.engine.constraint.ValueMinInclusiveConstraint;
import org.apache.jena.shacl.engine.constraint.ValueRangeConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.NodeShape;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprNotComparableException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.path.P_Alt;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.Path;

/**
 * SHACL Core constraints evaluated in plain Java over the batch graph (indexed by subject), without
 * Jena's validation machinery (a validation context, report objects, iterator chains per constraint
 * and value node), which was most of the cost of validating a batch. The shapes are read from the
 * shapes graph by Jena's own SHACL parser, so targets, paths, parameters and messages are exactly
 * Jena's; only the evaluation is done here, with Jena's semantics (value comparison by
 * {@link NodeValue#compare}, datatype validity by the datatype's {@code isValid}, instances through
 * {@code rdfs:subClassOf*}). A target shape is taken over only when everything in it is understood:
 * sh:targetClass targets, predicate, sequence, alternative and inverse paths, sh:minCount,
 * sh:maxCount, sh:datatype, sh:class, sh:hasValue, sh:minInclusive, sh:maxInclusive,
 * sh:lessThanOrEquals, and sh:or / sh:node over shapes built of those, with an sh:message to report.
 * Any other shape stays with Jena ({@link #remainingShapes()}): nothing is silently skipped.
 */
final class BatchCoreConstraints {
    private static final Node TARGET_CLASS = ShapesGraphs.sh("targetClass");

    /** A target shape taken over: its class, the shape, and the message it reports. */
    private record Taken(Node targetClass, Shape shape, String message) {}

    /** Two terms compared as values: the same pairs (a date and its bounds, a term and 25) recur in every batch. */
    private record Comparison(Node left, Node right) {}

    /** Enough for every day of a few decades and their pairs, so that the working set of a list stays. */
    private static final int CACHED = 65_536;

    /** What {@link #compareValues(Comparison)} says when Jena finds the terms not comparable at all. */
    private static final int NOT_COMPARABLE = Integer.MIN_VALUE;

    private final List<Taken> taken = new ArrayList<>();
    /** The indexes in {@link #taken} of the shapes of each target class, classes in the order first met. */
    private final Map<Node, List<Integer>> byClass = new LinkedHashMap<>();
    private final Graph remainingShapes;
    /**
     * Whether a lexical form is valid for a datatype (an XSD parse), by datatype: a literal's check
     * repeats in every record (dates, years); one datatype's unique values (line numbers) do not
     * push the others out.
     */
    private final Map<String, BoundedCache<String, Boolean>> valid = new ConcurrentHashMap<>();
    /** Comparisons of two terms as values (a date with 1900-01-01, a begin with its end). */
    private final BoundedCache<Comparison, Integer> comparisons = new BoundedCache<>(CACHED);

    BatchCoreConstraints(Graph shapes) {
        Set<Triple> targets = new HashSet<>();
        for (Shape shape : Shapes.parse(shapes).getTargetShapes()) {
            String message = ShapesGraphs.message(shapes, shape.getShapeNode());
            if (message == null || shape instanceof NodeShape && !shape.getPropertyShapes().isEmpty() || shape.deactivated() || !Severity.Violation.equals(shape.getSeverity())
                    || !understood(shape, new HashSet<>())) {
                continue; // Jena validates it
            }
            List<Node> classes = new ArrayList<>();
            for (Target t : shape.getTargets()) {
                if (t.getTargetType() != TargetType.targetClass) {
                    classes = null;
                    break;
                }
                classes.add(t.getObject());
            }
            if (classes == null) {
                continue;
            }
            for (Node c : classes) {
                byClass.computeIfAbsent(c, k -> new ArrayList<>()).add(taken.size());
                taken.add(new Taken(c, shape, message));
                targets.add(Triple.create(shape.getShapeNode(), TARGET_CLASS, c));
            }
        }
        remainingShapes = ShapesGraphs.without(shapes, targets);
    }

    /** The shapes graph without the targets of the shapes evaluated here: what Jena validates. */
    Graph remainingShapes() {
        return remainingShapes;
    }

    /** Number of target shapes evaluated here (for tests). */
    int size() {
        return taken.size();
    }

    /**
     * Evaluates every shape taken over on every focus node of the batch: focus by focus (each
     * node's values are looked up while they are at hand), reported shape by shape.
     */
    List<Violation> validate(BatchData data) {
        List<List<Violation>> byShape = new ArrayList<>(taken.size());
        taken.forEach(t -> byShape.add(new ArrayList<>(0)));
        for (Map.Entry<Node, List<Integer>> c : byClass.entrySet()) {
            for (Node focus : data.instances(c.getKey())) {
                for (int i : c.getValue()) {
                    Taken t = taken.get(i);
                    if (!conforms(data, t.shape(), focus)) {
                        String path = t.shape() instanceof PropertyShape ps ? ps.getPath().toString() : null;
                        byShape.get(i).add(new Violation(focus, path, t.message()));
                    }
                }
            }
        }
        List<Violation> out = new ArrayList<>();
        byShape.forEach(out::addAll);
        return out;
    }

    private static boolean understood(Shape shape, Set<Shape> seen) {
        if (!seen.add(shape)) {
            return true; // a recursive reference: understood if the rest is
        }
        if (shape.deactivated()) {
            return false; // rare enough to leave to Jena rather than model here
        }
        if (shape instanceof PropertyShape ps && !understood(ps.getPath())) {
            return false;
        }
        if (!(shape instanceof PropertyShape) && !(shape instanceof NodeShape)) {
            return false;
        }
        for (Constraint c : shape.getConstraints()) {
            boolean ok;
            if (c instanceof MinCount || c instanceof MaxCount || c instanceof LessThanOrEqualsConstraint) {
                ok = shape instanceof PropertyShape;
            } else if (c instanceof DatatypeConstraint x) {
                ok = x.getRDFDatatype() != null;
            } else if (c instanceof ShOr x) {
                ok = x.getOthers().stream().allMatch(s -> understood(s, seen));
            } else if (c instanceof ShNode x) {
                ok = understood(x.getOther(), seen);
            } else {
                ok = c instanceof ClassConstraint || c instanceof HasValueConstraint
                        || c instanceof ValueMinInclusiveConstraint || c instanceof ValueMaxInclusiveConstraint;
            }
            if (!ok) {
                return false;
            }
        }
        for (PropertyShape p : shape.getPropertyShapes()) {
            if (p.deactivated() || !understood(p, seen)) {
                return false;
            }
        }
        return true;
    }

    private static boolean understood(Path path) {
        if (path instanceof P_Link) {
            return true;
        }
        if (path instanceof P_Inverse i) {
            return i.getSubPath() instanceof P_Link;
        }
        if (path instanceof P_Seq s) {
            return understood(s.getLeft()) && understood(s.getRight());
        }
        if (path instanceof P_Alt a) {
            return understood(a.getLeft()) && understood(a.getRight());
        }
        return false;
    }

    /** Whether the focus node conforms to the shape (and its property shapes), as SHACL defines it. */
    private boolean conforms(BatchData data, Shape shape, Node focus) {
        Collection<Node> values = shape instanceof PropertyShape ps ? values(data, focus, ps.getPath()) : List.of(focus);
        for (Constraint c : shape.getConstraints()) {
            if (!holds(data, c, focus, values)) {
                return false;
            }
        }
        for (PropertyShape p : shape.getPropertyShapes()) {
            for (Node v : values) {
                if (!conforms(data, p, v)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean holds(BatchData data, Constraint c, Node focus, Collection<Node> values) {
        if (c instanceof MinCount x) {
            return values.size() >= x.getMinCount();
        }
        if (c instanceof MaxCount x) {
            return values.size() <= x.getMaxCount();
        }
        if (c instanceof LessThanOrEqualsConstraint x) {
            return lessThanOrEqual(data, focus, x.getValue(), values);
        }
        if (c instanceof HasValueConstraint x) {
            return values.contains(x.getValue());
        }
        for (Node v : values) {
            if (!holdsFor(data, c, v)) {
                return false;
            }
        }
        return true;
    }

    /** A constraint on each value node by itself. */
    private boolean holdsFor(BatchData data, Constraint c, Node v) {
        if (c instanceof DatatypeConstraint x) {
            return v.isLiteral() && x.getDatatypeURI().equals(v.getLiteralDatatypeURI())
                    && (PlainValues.knownValid(v.getLiteralLexicalForm(), x.getRDFDatatype())
                        || valid.computeIfAbsent(x.getDatatypeURI(), k -> new BoundedCache<>(CACHED))
                            .get(v.getLiteralLexicalForm(), lexical -> x.getRDFDatatype().isValid(lexical)));
        }
        if (c instanceof ClassConstraint x) {
            return !v.isLiteral() && data.isInstance(v, x.getExpectedClass());
        }
        if (c instanceof ValueMinInclusiveConstraint x) {
            return compare(x, v, r -> r == Expr.CMP_LESS || r == Expr.CMP_EQUAL);
        }
        if (c instanceof ValueMaxInclusiveConstraint x) {
            return compare(x, v, r -> r == Expr.CMP_GREATER || r == Expr.CMP_EQUAL);
        }
        if (c instanceof ShOr x) {
            return x.getOthers().stream().anyMatch(s -> conforms(data, s, v));
        }
        if (c instanceof ShNode x) {
            return conforms(data, x.getOther(), v);
        }
        throw new IllegalStateException("not compiled: " + c); // understood() admits no other
    }

    /** As Jena's range constraints: the bound compared with the value; not comparable is a violation. */
    private boolean compare(ValueRangeConstraint bound, Node v, java.util.function.IntPredicate test) {
        int r = order(bound.getNodeValue().asNode(), v);
        return r != NOT_COMPARABLE && r != Expr.CMP_INDETERMINATE && test.test(r);
    }

    private boolean lessThanOrEqual(BatchData data, Node focus, Node property, Collection<Node> values) {
        List<Node> others = data.objects(focus, property);
        for (Node v : values) {
            for (Node w : others) {
                int r = order(v, w);
                if (r != Expr.CMP_LESS && r != Expr.CMP_EQUAL) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The two terms compared as values: plain integers and dates directly, anything else as Jena compares them. */
    private int order(Node left, Node right) {
        int r = PlainValues.compare(left, right);
        return r != PlainValues.NOT_PLAIN ? r : comparisons.get(new Comparison(left, right), BatchCoreConstraints::compareValues);
    }

    /** Jena's comparison of two RDF terms as values ({@link NodeValue#compare}); {@link #NOT_COMPARABLE} when it refuses. */
    private static int compareValues(Comparison c) {
        try {
            return NodeValue.compare(NodeValue.makeNode(c.left()), NodeValue.makeNode(c.right()));
        } catch (ExprNotComparableException e) {
            return NOT_COMPARABLE;
        }
    }

    /** The value nodes of a path from a node: distinct, in the order found. */
    private static Collection<Node> values(BatchData data, Node node, Path path) {
        if (path instanceof P_Link l) {
            return data.objects(node, l.getNode()); // distinct already
        }
        Set<Node> out = new LinkedHashSet<>();
        values(data, node, path, out);
        return out;
    }

    private static void values(BatchData data, Node node, Path path, Set<Node> out) {
        if (path instanceof P_Link l) {
            out.addAll(data.objects(node, l.getNode()));
        } else if (path instanceof P_Inverse i && i.getSubPath() instanceof P_Link l) {
            out.addAll(data.subjects(l.getNode(), node));
        } else if (path instanceof P_Alt a) {
            values(data, node, a.getLeft(), out);
            values(data, node, a.getRight(), out);
        } else if (path instanceof P_Seq s) {
            Set<Node> middle = new LinkedHashSet<>();
            values(data, node, s.getLeft(), middle);
            for (Node m : middle) {
                values(data, m, s.getRight(), out);
            }
        } else {
            throw new IllegalStateException("path not compiled: " + path); // understood() admits no other
        }
    }
}
