package kz.esimder.convert.map;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.esimder.convert.normalise.DatePrecision;
import kz.esimder.convert.normalise.FuzzyDate;
import kz.esimder.convert.record.Concept;
import kz.esimder.ontology.Esm;
import kz.esimder.ontology.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;

/**
 * Collects triples in the order they are added (so output order is deterministic) and skips
 * absent values, which keeps the mappers free of null checks.
 */
final class Triples {
    /** The precision concepts, made once: every dated event needs one. */
    private static final Map<DatePrecision, Node> PRECISIONS = new EnumMap<>(DatePrecision.class);

    static {
        for (DatePrecision p : DatePrecision.values()) {
            PRECISIONS.put(p, Vocab.concept(Vocab.PRECISION, p.notation()).asNode());
        }
    }

    private final List<Triple> triples = new ArrayList<>();

    void add(Node s, Property p, Node o) {
        if (o != null) {
            triples.add(Triple.create(s, p.asNode(), o));
        }
    }

    void add(Node s, Node p, Node o) {
        triples.add(Triple.create(s, p, o));
    }

    void text(Node s, Property p, String text) {
        if (text != null && !text.isBlank()) {
            add(s, p, NodeFactory.createLiteralString(text));
        }
    }

    void concept(Node s, Property p, Concept c) {
        if (c != null) {
            add(s, p, c.node());
        }
    }

    void integer(Node s, Property p, long n) {
        add(s, p, TypedLiterals.integer(n));
    }

    /**
     * A date at its precision (docs/model.md): the value typed xsd:date / gYearMonth / gYear, the
     * precision concept, and the first and last day it can mean, so that «1937» is found by a range
     * filter on 1937-05-01. The text as written goes separately.
     */
    void date(Node s, Property value, FuzzyDate d, boolean withBounds) {
        if (d == null) {
            return;
        }
        TypedLiterals.DateNodes nodes = TypedLiterals.date(d);
        add(s, value, nodes.value());
        if (withBounds) {
            add(s, Esm.datePrecision, PRECISIONS.get(d.precision()));
            add(s, Esm.dateBegin, nodes.begin());
            add(s, Esm.dateEnd, nodes.end());
        }
    }

    List<Triple> list() {
        return triples;
    }
}
