package kz.esimder.convert.record;

import java.util.Set;

/**
 * Which concepts the vocabularies define. A normaliser may name a concept the ontology does not
 * (yet) have; the interpreter then keeps the text instead of writing an IRI that points nowhere,
 * and counts the value as unparsed.
 */
@FunctionalInterface
public interface KnownConcepts {

    boolean contains(Concept concept);

    /** Every concept is taken as known: for tests without vocabularies. */
    static KnownConcepts all() {
        return c -> true;
    }

    /** The concepts whose IRIs are in the set. */
    static KnownConcepts of(Set<String> iris) {
        // The concept's shared node: its IRI string, and that string's hash, are made once, not per check.
        return c -> iris.contains(c.node().getURI());
    }
}
