package kz.esimder.convert.map;

import kz.esimder.convert.normalise.BoundedCache;
import kz.esimder.convert.normalise.FuzzyDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The typed literals every record repeats (a date at its precision with its first and last day,
 * a year, an event's sequence number), made once and shared: Jena parses a typed literal's value
 * as it makes it, and a list has a few thousand distinct dates among millions. Shared by the
 * worker threads (nodes are immutable); bounded.
 */
final class TypedLiterals {
    /** A date's three literals: the value typed at its precision, the first day, the last day. */
    record DateNodes(Node value, Node begin, Node end) {}

    private static final int CAPACITY = 16_384;
    private static final int SMALL = 4096;
    private static final Node[] INTEGERS = new Node[SMALL];
    private static final BoundedCache<Long, DateNodes> DATES = new BoundedCache<>(CAPACITY);

    private TypedLiterals() {
    }

    /** An xsd:integer. */
    static Node integer(long n) {
        if (n < 0 || n >= SMALL) {
            return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
        }
        Node known = INTEGERS[(int) n];
        if (known == null) {
            // A race makes the same node twice; nodes have final fields, so either is safe to share.
            known = NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
            INTEGERS[(int) n] = known;
        }
        return known;
    }

    static DateNodes date(FuzzyDate d) {
        long key = (long) d.year() << 16 | (d.month() == null ? 0 : d.month()) << 8 | (d.day() == null ? 0 : d.day());
        return DATES.get(key, k -> {
            XSDDatatype type = switch (d.precision()) {
                case DAY -> XSDDatatype.XSDdate;
                case MONTH -> XSDDatatype.XSDgYearMonth;
                case YEAR -> XSDDatatype.XSDgYear;
            };
            return new DateNodes(NodeFactory.createLiteralDT(d.isoLexical(), type),
                    NodeFactory.createLiteralDT(d.begin().toString(), XSDDatatype.XSDdate),
                    NodeFactory.createLiteralDT(d.end().toString(), XSDDatatype.XSDdate));
        });
    }
}
