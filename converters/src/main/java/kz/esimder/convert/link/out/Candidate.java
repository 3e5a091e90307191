package kz.esimder.convert.link.out;

import java.util.Set;

/**
 * An external resource that bears one of our labels.
 *
 * @param iri        the Wikidata item or GeoNames feature
 * @param labels     which of our labels it bears
 * @param coordinates where it is, or null
 * @param geonamesId its GeoNames id (a feature's own, or Wikidata's P1566), or null
 * @param birthYear  a person's year of birth (P569), or null
 */
public record Candidate(String iri, Set<String> labels, Coordinates coordinates, String geonamesId, Integer birthYear) {
    public Candidate {
        labels = Set.copyOf(labels);
    }
}
