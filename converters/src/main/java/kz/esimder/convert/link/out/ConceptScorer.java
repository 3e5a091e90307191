package kz.esimder.convert.link.out;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.esimder.convert.link.Evidence;

/**
 * The score of a concept against a candidate that bears one of its labels: a shared label is a
 * start (0.80), a unique candidate adds a little, identifiers we already hold (esm:wikidataId,
 * esm:geonamesId) and coordinates confirm or refute it. A label alone, shared with another item,
 * stays below the acceptance threshold.
 */
final class ConceptScorer {
    private final String method;
    private final boolean wikidata;

    ConceptScorer(String method, boolean wikidata) {
        this.method = method;
        this.wikidata = wikidata;
    }

    Evidence score(ConceptToLink concept, Candidate candidate, String candidateId, int candidatesForConcept) {
        List<String> agreed = new ArrayList<>(List.of("label"));
        List<String> disagreed = new ArrayList<>();
        List<String> why = new ArrayList<>();
        double s = 0.80;
        why.add("label " + candidate.labels() + " (+0.80)");
        if (candidatesForConcept == 1) {
            s += 0.05;
            why.add("only candidate (+0.05)");
        }
        String ourId = wikidata ? concept.wikidataId() : concept.geonamesId();
        if (ourId != null && candidateId != null) {
            boolean same = ourId.equals(candidateId);
            s += same ? 0.30 : -0.50;
            (same ? agreed : disagreed).add("identifier");
            why.add("identifier " + ourId + (same ? " = " : " ≠ ") + candidateId + (same ? " (+0.30)" : " (-0.50)"));
        }
        if (wikidata && concept.geonamesId() != null && candidate.geonamesId() != null) {
            boolean same = concept.geonamesId().equals(candidate.geonamesId());
            s += same ? 0.10 : -0.20;
            (same ? agreed : disagreed).add("geonamesId");
            why.add("GeoNames id " + concept.geonamesId() + (same ? " = " : " ≠ ") + candidate.geonamesId());
        }
        if (concept.coordinates() != null && candidate.coordinates() != null) {
            double km = concept.coordinates().kilometresTo(candidate.coordinates());
            double w = km < 25 ? 0.15 : km < 100 ? 0.05 : -0.40;
            s += w;
            (w > 0 ? agreed : disagreed).add("coordinates");
            why.add(String.format(Locale.ROOT, "%.0f km apart (%+.2f)", km, w));
        }
        double score = Math.max(0, Math.min(1, s));
        return new Evidence(score, method, agreed, disagreed, String.join("; ", why) + String.format(Locale.ROOT, " = %.3f", score));
    }
}
