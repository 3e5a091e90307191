package kz.esimder.convert.validate;

import static kz.esimder.convert.validate.ShapesGraphs.message;
import static kz.esimder.convert.validate.ShapesGraphs.objects;
import static kz.esimder.convert.validate.ShapesGraphs.sh;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;

/**
 * SHACL-SPARQL constraints evaluated once per batch instead of once per focus node: in plain Java
 * when the SELECT is one of the forms a {@link CompiledSelect} recognises ({@link DateInRangeSelect},
 * {@link CompanionsGivenSelect}: all three of shapes.ttl), else by Jena's query engine. Jena runs a
 * {@code sh:sparql} SELECT for every focus node with {@code $this} pre-bound, planning and
 * optimising the query each time: for records with a handful of events that is most of the cost
 * of validation. A constraint whose query binds {@code $this} in a triple pattern gives the same
 * answer when run once with {@code $this} free and its rows restricted to the shape's targets, so
 * such constraints are taken out of the shapes graph given to Jena and run here; any other
 * constraint (another target kind, {@code $shapesGraph}, {@code $currentShape}, an ASK) stays with
 * Jena.
 */
final class BatchSparqlConstraints {
    private static final Node SPARQL = sh("sparql");
    private static final Node SELECT = sh("select");
    private static final Node PREFIXES = sh("prefixes");
    private static final Node DECLARE = sh("declare");
    private static final Node PREFIX = sh("prefix");
    private static final Node NAMESPACE = sh("namespace");
    private static final Node TARGET_CLASS = sh("targetClass");
    private static final Node DEACTIVATED = sh("deactivated");
    private static final Var THIS = Var.alloc("this");

    /** One constraint: the shape's target class, the query with {@code $this} free, the message, and the query compiled (or null). */
    private record Constraint(Node targetClass, Query query, String message, CompiledSelect compiled) {}

    private final List<Constraint> constraints = new ArrayList<>();
    private final Graph remainingShapes;

    /** Takes the constraints it can run in batches out of {@code shapes}; {@link #remainingShapes()} has the rest. */
    BatchSparqlConstraints(Graph shapes) {
        Set<Triple> taken = new HashSet<>();
        for (Triple link : shapes.find(Node.ANY, SPARQL, Node.ANY).toList()) {
            Constraint c = understood(shapes, link.getSubject(), link.getObject());
            if (c != null) {
                constraints.add(c);
                taken.add(link);
            }
        }
        remainingShapes = ShapesGraphs.without(shapes, taken);
    }

    Graph remainingShapes() {
        return remainingShapes;
    }

    /** Number of constraints evaluated in Java rather than by Jena's query engine (for tests). */
    int compiled() {
        return (int) constraints.stream().filter(c -> c.compiled() != null).count();
    }

    /** Runs every constraint once over the batch. */
    List<Violation> validate(BatchData data) {
        List<Violation> out = new ArrayList<>();
        for (Constraint c : constraints) {
            if (c.compiled() != null) {
                Predicate<Node> violates = c.compiled().over(data);
                for (Node focus : data.instances(c.targetClass())) {
                    if (violates.test(focus)) {
                        out.add(new Violation(focus, null, c.message()));
                    }
                }
                continue;
            }
            try (QueryExec exec = QueryExec.graph(data.asGraph()).query(c.query().cloneQuery()).build()) {
                RowSet rows = exec.select();
                Set<Node> reported = new HashSet<>();
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    Node focus = row.get(THIS);
                    if (focus != null && reported.add(focus) && data.isInstance(focus, c.targetClass())) {
                        out.add(new Violation(focus, null, c.message()));
                    }
                }
            }
        }
        return out;
    }

    private static Constraint understood(Graph shapes, Node shape, Node constraint) {
        List<Node> targets = objects(shapes, shape, TARGET_CLASS);
        List<Node> selects = objects(shapes, constraint, SELECT);
        if (targets.size() != 1 || selects.size() != 1 || !selects.get(0).isLiteral()
                || shapes.contains(shape, DEACTIVATED, Node.ANY) || shapes.contains(constraint, DEACTIVATED, Node.ANY)) {
            return null;
        }
        String select = selects.get(0).getLiteralLexicalForm();
        if (select.contains("$shapesGraph") || select.contains("$currentShape") || select.contains("?shapesGraph")
                || select.contains("?currentShape")) {
            return null;
        }
        Query query;
        try {
            query = QueryFactory.create(prefixes(shapes, constraint) + select);
        } catch (QueryParseException e) {
            return null; // Jena will report it the usual way
        }
        if (!query.isSelectType() || !bindsThisInATriplePattern(query)) {
            return null;
        }
        String message = message(shapes, constraint);
        CompiledSelect compiled = DateInRangeSelect.recognise(query);
        if (compiled == null) {
            compiled = CompanionsGivenSelect.recognise(query);
        }
        return new Constraint(targets.get(0), query, message != null ? message : message(shapes, shape), compiled);
    }

    private static boolean bindsThisInATriplePattern(Query query) {
        boolean[] found = {false};
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock block) {
                block.patternElts().forEachRemaining(tp -> {
                    if (THIS.equals(tp.getSubject()) || THIS.equals(tp.getObject())) {
                        found[0] = true;
                    }
                });
            }
        });
        return found[0] && query.getProjectVars().contains(THIS);
    }

    private static String prefixes(Graph shapes, Node constraint) {
        StringBuilder b = new StringBuilder();
        for (Node declarations : objects(shapes, constraint, PREFIXES)) {
            for (Node d : objects(shapes, declarations, DECLARE)) {
                List<Node> p = objects(shapes, d, PREFIX);
                List<Node> ns = objects(shapes, d, NAMESPACE);
                if (p.size() == 1 && ns.size() == 1) {
                    b.append("PREFIX ").append(p.get(0).getLiteralLexicalForm()).append(": <")
                            .append(ns.get(0).isURI() ? ns.get(0).getURI() : ns.get(0).getLiteralLexicalForm()).append(">\n");
                }
            }
        }
        return b.toString();
    }
}
