package kz.esimder.site.data;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/** Dates at their precision, shown as people write them here: 03.10.1937, 10.1957, 1937. */
public final class Dates {
    private Dates() {}

    public static String display(RDFNode node) {
        if (node == null || !node.isLiteral()) {
            return null;
        }
        Literal l = node.asLiteral();
        String lex = l.getLexicalForm();
        String type = l.getDatatypeURI() == null ? "" : l.getDatatypeURI();
        if (type.endsWith("#date") && lex.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return lex.substring(8, 10) + "." + lex.substring(5, 7) + "." + lex.substring(0, 4);
        }
        if (type.endsWith("#gYearMonth") && lex.matches("\\d{4}-\\d{2}.*")) {
            return lex.substring(5, 7) + "." + lex.substring(0, 4);
        }
        return lex;
    }
}
