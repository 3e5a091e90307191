package kz.esimder.convert.validate;

import static kz.esimder.convert.validate.SelectForms.VALUE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * «A node with a value of P also has values of Q1 … Qk», as shapes.ttl writes it for esm:date and
 * its esm:dateBegin and esm:dateEnd:
 *
 * <pre>
 * SELECT $this ?value WHERE {
 *     $this &lt;P&gt; ?value .
 *     FILTER NOT EXISTS { $this &lt;Q1&gt; ?q1 ; … &lt;Qk&gt; ?qk }
 * }</pre>
 *
 * with the variables of the NOT EXISTS distinct and none of them {@code $this} or {@code ?value}
 * (so the pattern depends on the focus node alone). A row exists exactly when the focus node has a
 * value of P and lacks a value of some Qi: three look-ups instead of a query per batch.
 */
final class CompanionsGivenSelect implements CompiledSelect {
    private final Node predicate;
    private final List<Node> companions;

    private CompanionsGivenSelect(Node predicate, List<Node> companions) {
        this.predicate = predicate;
        this.companions = List.copyOf(companions);
    }

    /** The form with its predicates, when the query is exactly it; else null. */
    static CompanionsGivenSelect recognise(Query query) {
        List<Element> elements = SelectForms.elements(query);
        Node p = SelectForms.valuePredicate(elements, 2);
        if (p == null || !(elements.get(1) instanceof ElementFilter f) || !(f.getExpr() instanceof E_NotExists ne)
                || !(ne.getElement() instanceof ElementGroup g) || g.size() != 1) {
            return null;
        }
        List<TriplePath> inner = SelectForms.triples(g.get(0));
        if (inner == null || inner.isEmpty()) {
            return null;
        }
        List<Node> companions = new ArrayList<>();
        Set<Var> vars = new HashSet<>(List.of(SelectForms.THIS, VALUE));
        StringBuilder pattern = new StringBuilder();
        for (TriplePath t : inner) {
            if (!(t.getObject() instanceof Var v) || !vars.add(v)) {
                return null; // a constant, $this, ?value or a repeated variable: not this form
            }
            Node q = SelectForms.predicateFromThisTo(t, v);
            if (q == null) {
                return null;
            }
            companions.add(q);
            pattern.append(" $this ").append(SelectForms.iri(q)).append(" ?").append(v.getVarName()).append(" .");
        }
        String form = "SELECT $this ?value WHERE { $this " + SelectForms.iri(p) + " ?value . FILTER NOT EXISTS {"
                + pattern + " } }";
        return SelectForms.sameAs(query, form) ? new CompanionsGivenSelect(p, companions) : null;
    }

    @Override
    public Predicate<Node> over(BatchData data) {
        return focus -> {
            if (data.objects(focus, predicate).isEmpty()) {
                return false;
            }
            for (Node q : companions) {
                if (data.objects(focus, q).isEmpty()) {
                    return true;
                }
            }
            return false;
        };
    }
}
