package kz.esimder.convert.validate;

import static kz.esimder.convert.validate.SelectForms.THIS;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.E_LessThan;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * «The date lies between year N and today», as shapes.ttl writes it for esm:birthDate (1800) and
 * esm:date (1900):
 *
 * <pre>
 * SELECT $this ?value WHERE {
 *     $this &lt;P&gt; ?value .
 *     BIND (SUBSTR(STR(?value), 1, 10) AS ?lexical)
 *     BIND (SUBSTR(STR(NOW()), 1, 10) AS ?today)
 *     FILTER (DATATYPE(?value) IN (xsd:date, xsd:gYearMonth, xsd:gYear))
 *     FILTER (xsd:integer(SUBSTR(?lexical, 1, 4)) &lt; N || ?lexical &gt; ?today)
 * }</pre>
 *
 * Jena's engine evaluated these expressions for every date of every record. For a value of one of
 * the three datatypes whose lexical form is plain digits and hyphens ({@code 1937}, {@code 1937-03},
 * {@code 1937-03-07}: every date the converters write) the answer is two comparisons: the year
 * (the first four digits) below N, or the form above today's {@code yyyy-mm-dd} as strings (Jena
 * compares strings by {@link String#compareTo}). Today is what Jena's {@code NOW()} would give
 * ({@link NodeFactoryExtra#nowAsDateTime()}, cut by Jena's {@code SUBSTR}), taken once per batch
 * as Jena takes it once per query. Any other value (a time zone, a sign, five digits, an
 * ill-formed text) goes to Jena's query engine with the constraint's own query, so the answer is
 * Jena's for every value.
 */
final class DateInRangeSelect implements CompiledSelect {
    private static final Set<String> DATE_TYPES = Set.of(XSDDatatype.XSDdate.getURI(),
            XSDDatatype.XSDgYearMonth.getURI(), XSDDatatype.XSDgYear.getURI());
    /** yyyy, yyyy-mm, yyyy-mm-dd in ASCII digits: forms whose first ten and first four characters need no Unicode care. */
    private static final Pattern PLAIN = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");

    private final Query query;
    private final Node predicate;
    private final int minYear;

    private DateInRangeSelect(Query query, Node predicate, int minYear) {
        this.query = query;
        this.predicate = predicate;
        this.minYear = minYear;
    }

    /** The form with its predicate and first year, when the query is exactly it; else null. */
    static DateInRangeSelect recognise(Query query) {
        List<Element> elements = SelectForms.elements(query);
        Node p = SelectForms.valuePredicate(elements, 5);
        if (p == null || !(elements.get(4) instanceof ElementFilter f) || !(f.getExpr() instanceof E_LogicalOr or)
                || !(or.getArg1() instanceof E_LessThan lt) || !(lt.getArg2() instanceof NodeValue n) || !n.isInteger()) {
            return null;
        }
        BigInteger year = n.getInteger();
        if (year.bitLength() > 31) {
            return null;
        }
        String form = "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
                + "SELECT $this ?value WHERE {\n"
                + "    $this " + SelectForms.iri(p) + " ?value .\n"
                + "    BIND (SUBSTR(STR(?value), 1, 10) AS ?lexical)\n"
                + "    BIND (SUBSTR(STR(NOW()), 1, 10) AS ?today)\n"
                + "    FILTER (DATATYPE(?value) IN (xsd:date, xsd:gYearMonth, xsd:gYear))\n"
                + "    FILTER (xsd:integer(SUBSTR(?lexical, 1, 4)) < " + year + " || ?lexical > ?today)\n"
                + "}";
        return SelectForms.sameAs(query, form) ? new DateInRangeSelect(query, p, year.intValue()) : null;
    }

    @Override
    public Predicate<Node> over(BatchData data) {
        String today = today();
        return focus -> {
            List<Node> values = data.objects(focus, predicate);
            for (Node v : values) {
                if (!v.isLiteral() || !DATE_TYPES.contains(v.getLiteralDatatypeURI())) {
                    continue; // DATATYPE(?value) is not one of the three (or an error): no row
                }
                String lexical = v.getLiteralLexicalForm();
                if (!PLAIN.matcher(lexical).matches()) {
                    return byJena(focus, values);
                }
                if (Integer.parseInt(lexical, 0, 4, 10) < minYear || lexical.compareTo(today) > 0) {
                    return true;
                }
            }
            return false;
        };
    }

    /** {@code SUBSTR(STR(NOW()), 1, 10)} as Jena computes it when it starts a query. */
    private static String today() {
        NodeValue now = NodeValue.makeString(NodeFactoryExtra.nowAsDateTime().getLiteralLexicalForm());
        return XSDFuncOp.substring(now, NodeValue.makeInteger(1), NodeValue.makeInteger(10)).getString();
    }

    /** The constraint's own query, run by Jena over the focus node's values of the predicate. */
    private boolean byJena(Node focus, List<Node> values) {
        Graph g = GraphFactory.createGraphMem();
        values.forEach(v -> g.add(Triple.create(focus, predicate, v)));
        try (QueryExec exec = QueryExec.graph(g).query(query.cloneQuery()).build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding row = rows.next();
                if (focus.equals(row.get(THIS))) {
                    return true;
                }
            }
        }
        return false;
    }
}
