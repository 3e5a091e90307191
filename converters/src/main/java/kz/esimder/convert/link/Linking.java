package kz.esimder.convert.link;

import java.util.List;
import java.util.Objects;
import kz.esimder.store.PhaseTimings;
import kz.esimder.convert.link.dedup.DedupResult;
import kz.esimder.convert.link.dedup.Deduplicator;
import kz.esimder.convert.link.dedup.PairScorer;
import kz.esimder.convert.link.dedup.PersonFacts;
import kz.esimder.convert.link.dedup.PersonFactsReader;
import kz.esimder.convert.link.dedup.ReviewDecisions;
import kz.esimder.convert.link.dedup.SameEventLinks;
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
     * @param sameEvents events of merged persons linked {@code esm:sameEventAs} another statement of the same event
     * @param memorial  links to original records
     * @param linksOut  the link-out linksets written (empty offline)
     * @param timings   seconds per step, for the operator ("name keys 1.2 s, dedup 30.5 s, …")
     */
    public record Summary(DedupResult dedup, long sameEvents, long memorial, List<Linkset> linksOut, String timings) {
        /** One line for the command line: what was compared, merged and linked. */
        public String describe() {
            return String.format(java.util.Locale.ROOT,
                    "persons %d, pairs compared %d, merged pairs %d (%d IRIs retired), possible matches %d listed of %d found, events stated twice %d, memorial links %d (%s)",
                    dedup.persons(), dedup.compared(), dedup.merged().size(), dedup.survivors().size(),
                    dedup.possible().size(), dedup.possibleFound(), sameEvents, memorial, timings);
        }
    }

    /** Runs linking and writes its results in one write transaction (all or nothing): for a live store. */
    public Summary run(Dataset dataset) {
        return run(dataset, LinkWriter.transaction());
    }

    /**
     * Runs linking: first everything is read and worked out (name keys, duplicates, the same
     * events of merged persons, Memorial links), then all of it is written at once by
     * {@code writer} ({@link LinkWriter#bulkLoader} for a new store generation). Nothing read
     * depends on what is written (the readers skip the linksets and never read name keys).
     */
    public Summary run(Dataset dataset, LinkWriter writer) {
        PhaseTimings timings = new PhaseTimings();
        PersonNameEnricher.Names names = PersonNameEnricher.find(dataset, base);
        timings.lap("name keys");
        List<PersonFacts> persons = new PersonFactsReader(base).read(dataset);
        timings.lap("reading persons");
        DedupResult dedup = new Deduplicator(new PairScorer(), thresholds).find(persons, ReviewDecisions.read(dataset, base));
        timings.lap("dedup");
        Deduplicator.Findings found = new Deduplicator.Findings(base, dedup, persons, SameEventLinks.find(dataset, base, dedup.survivors()));
        timings.lap("same events");
        Linkset memorial = MemorialLinks.find(dataset, base);
        timings.lap("memorial links");
        writer.write(dataset, List.of(found.graphName(), memorial.graphName()), out -> {
            found.writeTo(out);
            memorial.writeTo(out);
            names.writeTo(out);
        });
        timings.lap("writing");
        List<Linkset> out = wikidata == null && geonames == null ? List.of()
                : new LinksOut(wikidata, geonames).run(dataset, vocabularies, base);
        if (!out.isEmpty()) timings.lap("links out");
        return new Summary(dedup, found.sameEvents().size(), memorial.links(), out, timings.toString());
    }

}
