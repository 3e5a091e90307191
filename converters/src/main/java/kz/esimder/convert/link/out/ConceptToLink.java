package kz.esimder.convert.link.out;

import java.util.Set;

/**
 * One of our concepts (a place, organ or camp) with what reconciliation compares.
 *
 * @param iri         the concept
 * @param labels      its skos:prefLabel and skos:altLabel values (with language tags)
 * @param coordinates wgs84 position, or null
 * @param geonamesId  esm:geonamesId, or null
 * @param wikidataId  esm:wikidataId (a Q-number), or null
 */
public record ConceptToLink(String iri, Set<org.apache.jena.rdf.model.Literal> labels, Coordinates coordinates,
                            String geonamesId, String wikidataId) {
    public ConceptToLink {
        labels = Set.copyOf(labels);
    }
}
