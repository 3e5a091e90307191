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
     * @param timings   seconds per step, for the operator ("name keys 1.2 s, dedup 30.5 s, …")
     */
    public record Summary(DedupResult dedup, long memorial, List<Linkset> linksOut, String timings) {
        /** One line for the command line: what was compared, merged and linked. */
        public String describe() {
            return String.format(java.util.Locale.ROOT,
                    "persons %d, pairs compared %d, merged pairs %d (%d IRIs retired), possible matches %d listed of %d found, memorial links %d (%s)",
                    dedup.persons(), dedup.compared(), dedup.merged().size(), dedup.survivors().size(),
                    dedup.possible().size(), dedup.possibleFound(), memorial, timings);
        }
    }

    public Summary run(Dataset dataset) {
        StringBuilder timings = new StringBuilder();
        long start = System.nanoTime();
        PersonNameEnricher.enrich(dataset, base);
        start = lap(timings, "name keys", start);
        DedupResult dedup = new Deduplicator(new PairScorer(), thresholds).run(dataset, base);
        start = lap(timings, "dedup", start);
        long memorial = MemorialLinks.run(dataset, base);
        start = lap(timings, "memorial links", start);
        List<Linkset> out = wikidata == null && geonames == null ? List.of()
                : new LinksOut(wikidata, geonames).run(dataset, vocabularies, base);
        if (!out.isEmpty()) lap(timings, "links out", start);
        return new Summary(dedup, memorial, out, timings.toString());
    }

    private static long lap(StringBuilder timings, String step, long since) {
        long now = System.nanoTime();
        if (!timings.isEmpty()) timings.append(", ");
        timings.append(String.format(java.util.Locale.ROOT, "%s %.1f s", step, (now - since) / 1e9));
        return now;
    }
}
