package kz.esimder.convert.link.out;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.esimder.convert.link.Evidence;
import kz.esimder.convert.link.Linkset;
import kz.esimder.ontology.Esm;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;

/**
 * Links the concepts of our vocabularies (places, organs, camps) to an external dataset with
 * {@code skos:exactMatch}: each concept's labels are looked up (a batch of concepts per query), each
 * candidate scored ({@link ConceptScorer}), and the best one at or above the threshold linked.
 */
public final class ConceptReconciler {
    public static final double ACCEPT = 0.85;
    private static final int BATCH = 20;
    private static final String WGS84 = "http://www.w3.org/2003/01/geo/wgs84_pos#";

    private final CandidateSource source;
    private final ConceptScorer scorer;

    private ConceptReconciler(CandidateSource source, ConceptScorer scorer) {
        this.source = source;
        this.scorer = scorer;
    }

    public static ConceptReconciler wikidata(SparqlEndpoint endpoint) {
        return new ConceptReconciler(WikidataSource.concepts(endpoint), new ConceptScorer("wikidata-label/1", true));
    }

    public static ConceptReconciler geonames(SparqlEndpoint endpoint) {
        return new ConceptReconciler(new GeoNamesSource(endpoint), new ConceptScorer("geonames-label/1", false));
    }

    /** Reconciles every concept of the given schemes in {@code vocab} into {@code linkset}. */
    public void reconcile(Model vocab, List<String> schemeIris, Linkset linkset) {
        List<ConceptToLink> concepts = new ArrayList<>();
        for (String scheme : schemeIris) {
            vocab.listSubjectsWithProperty(SKOS.inScheme, vocab.getResource(scheme)).forEachRemaining(c -> concepts.add(concept(c)));
        }
        concepts.sort(java.util.Comparator.comparing(ConceptToLink::iri));
        for (int from = 0; from < concepts.size(); from += BATCH) {
            List<ConceptToLink> batch = concepts.subList(from, Math.min(concepts.size(), from + BATCH));
            Set<Literal> labels = new LinkedHashSet<>();
            batch.forEach(c -> labels.addAll(c.labels()));
            List<Candidate> found = source.lookup(labels);
            batch.forEach(c -> linkBest(c, found, linkset));
        }
    }

    private void linkBest(ConceptToLink concept, List<Candidate> found, Linkset linkset) {
        Set<String> ours = new LinkedHashSet<>();
        concept.labels().forEach(l -> ours.add(l.getLexicalForm()));
        List<Candidate> mine = found.stream().filter(k -> k.labels().stream().anyMatch(ours::contains)).toList();
        Candidate best = null;
        Evidence bestEvidence = null;
        for (Candidate k : mine) {
            Evidence e = scorer.score(concept, k, source.idOf(k.iri()), mine.size());
            if (bestEvidence == null || e.score() > bestEvidence.score()) {
                best = k;
                bestEvidence = e;
            }
        }
        if (best != null && bestEvidence.score() >= ACCEPT) {
            linkset.link(NodeFactory.createURI(concept.iri()), SKOS.exactMatch.asNode(), NodeFactory.createURI(best.iri()), bestEvidence);
        }
    }

    static ConceptToLink concept(Resource c) {
        Set<Literal> labels = new LinkedHashSet<>();
        for (var p : List.of(SKOS.prefLabel, SKOS.altLabel)) {
            c.listProperties(p).forEachRemaining(s -> {
                if (s.getObject().isLiteral()) labels.add(s.getLiteral());
            });
        }
        Coordinates coords = null;
        Statement lat = c.getProperty(c.getModel().createProperty(WGS84, "lat"));
        Statement lon = c.getProperty(c.getModel().createProperty(WGS84, "long"));
        if (lat != null && lon != null) coords = new Coordinates(lat.getDouble(), lon.getDouble());
        return new ConceptToLink(c.getURI(), labels, coords, text(c, Esm.geonamesId), text(c, Esm.wikidataId));
    }

    private static String text(Resource c, org.apache.jena.rdf.model.Property p) {
        Statement s = c.getProperty(p);
        if (s == null) return null;
        RDFNode o = s.getObject();
        return o.isLiteral() ? o.asLiteral().getLexicalForm() : o.toString();
    }
}
