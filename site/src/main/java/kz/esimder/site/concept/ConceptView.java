package kz.esimder.site.concept;

import java.util.List;

/** A vocabulary concept (organ, place, camp, charge, …) or scheme, as its page shows it. */
public record ConceptView(String iri, String label, String scheme, String schemeLabel, String schemePath,
                          String notation, List<String> altLabels, String definition, String validFrom,
                          String validTo, List<Item> properties, List<Item> broader, List<Item> narrower,
                          String mapJson) {
    /** A labelled value with an optional link; {@code key} is a message key for the property. */
    public record Item(String key, String text, String href) {}
}
