package kz.esimder.convert.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.Expr;

/**
 * The two literal forms nearly every range and datatype check meets — an xsd:integer of digits
 * and an xsd:date {@code YYYY-MM-DD} without a time zone — validated and compared directly, as
 * Jena would ({@code isValid}, {@code NodeValue.compare}), but without building a value per check.
 * A source record's line number is unique, so a cache of Jena's answers missed on every record.
 * Anything else (a sign, a time zone, another type, an invalid date) is not plain: the caller asks
 * Jena. {@code PlainValuesTest} holds the answers to Jena's on awkward and random literals.
 */
final class PlainValues {
    /** What {@link #compare} says when either term is not plain. */
    static final int NOT_PLAIN = Integer.MIN_VALUE + 1;

    private static final int LONG_DIGITS = 18;

    private PlainValues() {}

    /** Whether the lexical form is certainly valid for the datatype (false: not known here, ask Jena). */
    static boolean knownValid(String lexical, RDFDatatype type) {
        if (type == XSDDatatype.XSDinteger) {
            return isPlainInteger(lexical);
        }
        return type == XSDDatatype.XSDdate && plainDate(lexical) != null;
    }

    /** {@link Expr#CMP_LESS}, {@link Expr#CMP_EQUAL} or {@link Expr#CMP_GREATER}; {@link #NOT_PLAIN} when Jena must say. */
    static int compare(Node left, Node right) {
        if (!left.isLiteral() || !right.isLiteral()) {
            return NOT_PLAIN;
        }
        RDFDatatype type = left.getLiteralDatatype();
        if (type != right.getLiteralDatatype()) {
            return NOT_PLAIN;
        }
        String a = left.getLiteralLexicalForm();
        String b = right.getLiteralLexicalForm();
        if (type == XSDDatatype.XSDinteger && isPlainInteger(a) && isPlainInteger(b)) {
            return sign(Long.compare(Long.parseLong(a), Long.parseLong(b)));
        }
        if (type == XSDDatatype.XSDdate) {
            LocalDate x = plainDate(a);
            LocalDate y = x == null ? null : plainDate(b);
            if (y != null) {
                return sign(x.compareTo(y));
            }
        }
        return NOT_PLAIN;
    }

    private static int sign(int c) {
        return c < 0 ? Expr.CMP_LESS : c > 0 ? Expr.CMP_GREATER : Expr.CMP_EQUAL;
    }

    /** An optional minus and 1 to 18 digits: a long, and a valid xsd:integer. */
    private static boolean isPlainInteger(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        int digits = s.length() - start;
        if (digits < 1 || digits > LONG_DIGITS) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code YYYY-MM-DD}, year 1000 to 9999, a day the month has; else null. */
    private static LocalDate plainDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(0) == '0') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // 31.02, month 13: Jena's answer, whatever it is, is Jena's to give
        }
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
