package kz.esimder.convert.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.ExprNotComparableException;
import org.apache.jena.sparql.expr.NodeValue;
import org.junit.jupiter.api.Test;

/** Whatever PlainValues answers itself must be what Jena answers; what it leaves to Jena must include every doubtful form. */
class PlainValuesTest {
    private static final List<String> INTEGERS = List.of("0", "-0", "1", "007", "25", "1800", "2100", "-5", "+5", " 5",
            "5 ", "", "-", "1e3", "1.0", "abc", "999999999999999999", "9999999999999999999", "-999999999999999999",
            "１２", "٣");
    private static final List<String> DATES = List.of("1900-01-01", "1937-02-28", "1937-02-29", "1936-02-29",
            "1900-02-29", "2000-02-29", "1937-13-01", "1937-00-10", "1937-04-31", "1937-1-01", "0999-01-01", "0001-01-01",
            "1000-01-01", "9999-12-31", "10000-01-01", "-1937-01-01", "1937-01-01Z", "1937-01-01+05:00", "1937-01-01 ",
            "1937/01/01", "19３7-01-01", "");

    private static Node literal(String lexical, RDFDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    /** Jena's answer, as the constraints ask it; null when Jena finds them not comparable. */
    private static Integer jena(Node a, Node b) {
        try {
            return NodeValue.compare(NodeValue.makeNode(a), NodeValue.makeNode(b));
        } catch (ExprNotComparableException e) {
            return null;
        }
    }

    private static void assertAsJena(Node a, Node b) {
        int plain = PlainValues.compare(a, b);
        if (plain != PlainValues.NOT_PLAIN) {
            assertThat(plain).as("%s compared with %s", a, b).isEqualTo(jena(a, b));
        }
    }

    @Test
    void whatItComparesItComparesAsJenaDoes() {
        List<Node> nodes = new ArrayList<>();
        INTEGERS.forEach(s -> nodes.add(literal(s, XSDDatatype.XSDinteger)));
        DATES.forEach(s -> nodes.add(literal(s, XSDDatatype.XSDdate)));
        nodes.add(literal("5", XSDDatatype.XSDdecimal));
        nodes.add(literal("5", XSDDatatype.XSDint));
        nodes.add(NodeFactory.createLiteralString("5"));
        nodes.add(NodeFactory.createURI("https://example.org/5"));
        for (Node a : nodes) {
            for (Node b : nodes) {
                assertAsJena(a, b);
            }
        }
    }

    @Test
    void randomIntegersAndDatesCompareAsJenaDoes() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            Node a = literal(Long.toString(random.nextLong() % 100_000), XSDDatatype.XSDinteger);
            Node b = literal(Long.toString(random.nextLong() % 100_000), XSDDatatype.XSDinteger);
            assertAsJena(a, b);
            Node c = literal(String.format("%04d-%02d-%02d", 1000 + random.nextInt(1100), 1 + random.nextInt(12),
                    1 + random.nextInt(31)), XSDDatatype.XSDdate);
            Node d = literal(String.format("%04d-%02d-%02d", 1000 + random.nextInt(1100), 1 + random.nextInt(12),
                    1 + random.nextInt(31)), XSDDatatype.XSDdate);
            assertAsJena(c, d);
        }
    }

    @Test
    void thePlainFormsAreComparedHereAndTheDoubtfulLeftToJena() {
        assertThat(PlainValues.compare(literal("1", XSDDatatype.XSDinteger), literal("1937", XSDDatatype.XSDinteger))).isEqualTo(-1);
        assertThat(PlainValues.compare(literal("1937-02-28", XSDDatatype.XSDdate), literal("1900-01-01", XSDDatatype.XSDdate))).isEqualTo(1);
        for (String doubtful : List.of("+5", " 5", "9999999999999999999", "1e3")) {
            assertThat(PlainValues.compare(literal(doubtful, XSDDatatype.XSDinteger), literal("1", XSDDatatype.XSDinteger)))
                    .as(doubtful).isEqualTo(PlainValues.NOT_PLAIN);
        }
        for (String doubtful : List.of("1937-02-29", "1937-01-01Z", "0999-01-01", "10000-01-01")) {
            assertThat(PlainValues.compare(literal(doubtful, XSDDatatype.XSDdate), literal("1900-01-01", XSDDatatype.XSDdate)))
                    .as(doubtful).isEqualTo(PlainValues.NOT_PLAIN);
        }
        assertThat(PlainValues.compare(literal("5", XSDDatatype.XSDdecimal), literal("0", XSDDatatype.XSDinteger)))
                .isEqualTo(PlainValues.NOT_PLAIN);
    }

    @Test
    void whatItCallsValidJenaCallsValid() {
        for (String s : INTEGERS) {
            if (PlainValues.knownValid(s, XSDDatatype.XSDinteger)) {
                assertThat(XSDDatatype.XSDinteger.isValid(s)).as(s).isTrue();
            }
        }
        for (String s : DATES) {
            if (PlainValues.knownValid(s, XSDDatatype.XSDdate)) {
                assertThat(XSDDatatype.XSDdate.isValid(s)).as(s).isTrue();
            }
        }
        assertThat(PlainValues.knownValid("1937", XSDDatatype.XSDinteger)).isTrue();
        assertThat(PlainValues.knownValid("1937-02-28", XSDDatatype.XSDdate)).isTrue();
        assertThat(PlainValues.knownValid("1937-02-29", XSDDatatype.XSDdate)).isFalse();
        assertThat(PlainValues.knownValid("1937", XSDDatatype.XSDgYear)).isFalse();
    }
}
