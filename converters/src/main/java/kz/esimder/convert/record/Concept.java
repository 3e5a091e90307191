package kz.esimder.convert.record;

import java.util.Objects;
import kz.esimder.ontology.Vocab;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * A concept of one of the SKOS vocabularies, by scheme and ASCII local name
 * ({@code organ-kind/troika}). The record model holds concepts this way so that it stays free of
 * RDF; {@link #resource()} gives the IRI.
 */
public record Concept(String scheme, String localName) {

    public Concept {
        // Vocab.concept checks both names: a bad one fails here, where the record is built.
        Vocab.concept(Objects.requireNonNull(scheme, "scheme"), Objects.requireNonNull(localName, "localName"));
    }

    public static Concept of(String scheme, String localName) {
        return new Concept(scheme, localName);
    }

    public Resource resource() {
        // The names were checked when the concept was made; checking them again costs a regex per triple.
        return ResourceFactory.createResource(Vocab.NS + scheme + "/" + localName);
    }
}
