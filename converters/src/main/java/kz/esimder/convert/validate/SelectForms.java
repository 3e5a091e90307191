package kz.esimder.convert.validate;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;

/** What the recognisers of {@link CompiledSelect} forms share: reading a query's pattern, comparing algebra. */
final class SelectForms {
    static final Var THIS = Var.alloc("this");
    static final Var VALUE = Var.alloc("value");

    private SelectForms() {
    }

    /** The elements of the query's WHERE group, or null when it is not a plain group. */
    static List<Element> elements(Query query) {
        return query.getQueryPattern() instanceof ElementGroup g ? g.getElements() : null;
    }

    /**
     * The triples of a block of plain triple patterns, or null when the element is not one or a
     * pattern is a property path.
     */
    static List<TriplePath> triples(Element e) {
        if (!(e instanceof ElementPathBlock block)) {
            return null;
        }
        List<TriplePath> out = block.getPattern().getList();
        return out.stream().allMatch(TriplePath::isTriple) ? out : null;
    }

    /**
     * The predicate P of a WHERE group of {@code size} elements that starts with the one triple
     * pattern {@code $this <P> ?value}; null for any other query.
     */
    static Node valuePredicate(List<Element> elements, int size) {
        if (elements == null || elements.size() != size) {
            return null;
        }
        List<TriplePath> first = triples(elements.get(0));
        return first != null && first.size() == 1 ? predicateFromThisTo(first.get(0), VALUE) : null;
    }

    /** The predicate of {@code $this <p> ?value}, or null when the triple is not of that form. */
    static Node predicateFromThisTo(TriplePath t, Var object) {
        return THIS.equals(t.getSubject()) && object.equals(t.getObject()) && t.getPredicate().isURI() ? t.getPredicate() : null;
    }

    /** Whether the query means exactly what the form's own text means (same algebra: pattern, filters, projection, modifiers). */
    static boolean sameAs(Query query, String formText) {
        Query form = QueryFactory.create(formText);
        return Algebra.compile(form).equals(Algebra.compile(query));
    }

    /** An IRI in SPARQL syntax. */
    static String iri(Node n) {
        return "<" + n.getURI() + ">";
    }
}
