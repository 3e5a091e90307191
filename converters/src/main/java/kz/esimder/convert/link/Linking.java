package kz.esimder.convert.link;

import java.util.List;
import java.util.Objects;
import kz.esimder.convert.link.dedup.DedupResult;
import kz.esimder.convert.link.dedup.Deduplicator;
import kz.esimder.convert.link.dedup.PairScorer;
import kz.esimder.convert.link.dedup.Thresholds;
import kz.esimder.convert.link.name.PersonNameEnricher;
import kz.esimder.convert.link.out.LinksOut;
import kz.esimder.convert.link.out.SparqlEndpoint;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;

/**
 * Everything linking does over a loaded dataset, in order: name keys and transliterations for the
 * persons that lack them, deduplication, the links to the original
 * Memorial records, and (when endpoints are given) the links out to Wikidata and GeoNames. This is
 * what {@code esimder load} runs by default after loading the public database (never the restricted
 * one), and {@code esimder dedup} reruns.
 *
 * @param base         the data base IRI
 * @param thresholds   merge and possible-match thresholds
 * @param wikidata     Wikidata's endpoint, or null to skip
 * @param geonames     a GeoNames SPARQL endpoint, or null to skip
 * @param vocabularies the SKOS vocabularies (places, organs, camps) to reconcile; needed with an endpoint
 */
public record Linking(String base, Thresholds thresholds, SparqlEndpoint wikidata, SparqlEndpoint geonames, Model vocabularies) {
    public Linking {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(thresholds, "thresholds");
        if ((wikidata != null || geonames != null) && vocabularies == null) {
            throw new IllegalArgumentException("vocabularies are needed to reconcile with an endpoint");
        }
    }

    /** Deduplication and Memorial links only: no network. */
    public static Linking offline(String base) {
        return new Linking(base, Thresholds.DEFAULT, null, null, null);
    }

    /**
     * What a run did.
     *
     * @param dedup     the deduplication result
     * @param memorial  links to original records
     * @param linksOut  the link-out linksets written (empty offline)
     */
    public record Summary(DedupResult dedup, long memorial, List<Linkset> linksOut) {
        /** One line for the command line: what was compared, merged and linked. */
        public String describe() {
            return String.format(java.util.Locale.ROOT,
                    "persons %d, pairs compared %d, merged pairs %d (%d IRIs retired), possible matches %d, memorial links %d",
                    dedup.persons(), dedup.compared(), dedup.merged().size(), dedup.survivors().size(),
                    dedup.possible().size(), memorial);
        }
    }

    public Summary run(Dataset dataset) {
        PersonNameEnricher.enrich(dataset, base);
        DedupResult dedup = new Deduplicator(new PairScorer(), thresholds).run(dataset, base);
        long memorial = MemorialLinks.run(dataset, base);
        List<Linkset> out = wikidata == null && geonames == null ? List.of()
                : new LinksOut(wikidata, geonames).run(dataset, vocabularies, base);
        return new Summary(dedup, memorial, out);
    }
}
