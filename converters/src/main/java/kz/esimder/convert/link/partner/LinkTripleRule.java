package kz.esimder.convert.link.partner;

import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.SKOS;

/**
 * Which statements of a partner's linkset we take: an {@code owl:sameAs} or {@code skos:*Match}
 * between two IRIs, exactly one of which is ours ({@code {base}id/…} or a vocabulary concept).
 * A partner may say that their record is our person; it may not merge two of ours (that is an
 * editor's decision: our dedup and its review) nor say anything about two resources of others.
 */
final class LinkTripleRule {
    static final Set<Node> LINK_PREDICATES = Set.of(OWL2.sameAs.asNode(), SKOS.exactMatch.asNode(), SKOS.closeMatch.asNode(),
            SKOS.broadMatch.asNode(), SKOS.narrowMatch.asNode(), SKOS.relatedMatch.asNode());
    static final String VOCAB = "https://w3id.org/esimder/vocab/";

    private final String ourData;

    LinkTripleRule(String base) {
        this.ourData = base + "id/";
    }

    /** Null when the triple is a link we take, else the reason it is rejected. */
    String reject(Triple t) {
        if (!LINK_PREDICATES.contains(t.getPredicate())) {
            return "predicate " + t.getPredicate() + " is not a link (owl:sameAs, skos:exactMatch, closeMatch, broadMatch, narrowMatch, relatedMatch)";
        }
        if (!t.getSubject().isURI()) return "subject is not an IRI";
        if (!t.getObject().isURI()) return "object is not an IRI";
        boolean subjectOurs = ours(t.getSubject().getURI());
        boolean objectOurs = ours(t.getObject().getURI());
        if (!subjectOurs && !objectOurs) return "neither side is ours (" + ourData + "… or " + VOCAB + "…)";
        if (subjectOurs && objectOurs) return "both sides are ours: merging our own resources is left to deduplication and its review";
        if (!t.getSubject().getURI().matches("https?://\\S+") || !t.getObject().getURI().matches("https?://\\S+")) {
            return "an IRI is not http(s)";
        }
        return null;
    }

    private boolean ours(String iri) {
        return iri.startsWith(ourData) || iri.startsWith(VOCAB);
    }
}
