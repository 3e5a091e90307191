package kz.esimder.convert.record;

import java.util.Map;
import kz.esimder.ontology.Vocab;

/**
 * Where the normalisers and the vocabularies name the same concept differently: the normalisers'
 * name → the vocabulary's. Only exact equivalents (the same act of the same date) are listed, and a
 * test checks that every target exists in the vocabularies. It is a bridge between two parts built
 * in parallel: when the normalisers adopt the vocabulary's names, the entries go.
 */
final class ConceptAliases {
    private static final Map<Concept, Concept> ALIASES = Map.ofEntries(
            basis("decree-1989-01-16", "ussr-1989-01-16"),
            basis("decree-1990-08-13", "ussr-1990-08-13"),
            basis("law-rsfsr-1991-10-18", "rsfsr-1991-10-18"),
            basis("law-rk-1993-04-14", "kz-1993-04-14"),
            act("resolution-1930-02-01", "ussr-1930-02-01-dekulakization"),
            act("law-1932-08-07", "ussr-1932-08-07"),
            act("decree-1941-08-28", "deportation-volga-germans-1941"),
            act("resolution-1941-09-22", "gko-1941-09-22-germans"));

    private ConceptAliases() {}

    /** The vocabulary's concept for a name a normaliser gave, or the concept itself. */
    static Concept canonical(Concept c) {
        return ALIASES.getOrDefault(c, c);
    }

    /** Every target, for the test that they exist. */
    static Iterable<Concept> targets() {
        return ALIASES.values();
    }

    private static Map.Entry<Concept, Concept> basis(String from, String to) {
        return Map.entry(Concept.of(Vocab.REHABILITATION_BASIS, from), Concept.of(Vocab.REHABILITATION_BASIS, to));
    }

    private static Map.Entry<Concept, Concept> act(String from, String to) {
        return Map.entry(Concept.of(Vocab.NORMATIVE_ACT, from), Concept.of(Vocab.NORMATIVE_ACT, to));
    }
}
