package kz.esimder.convert.validate;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * A number for each distinct predicate of a batch, so that a subject's values are an array slot
 * rather than a hash look-up keyed by an IRI. Predicates are a few dozen node objects (the
 * mapper's constants, the shapes' own copies of the same IRIs) asked for millions of times: each
 * object is found by identity, and only its first look-up compares IRIs. One batch, one thread.
 */
final class PredicateIds {
    private final Map<Node, Integer> byIdentity = new IdentityHashMap<>();
    private final Map<Node, Integer> byIri = new HashMap<>();

    /** The predicate's number, the same for every node object of the same IRI; numbers count up from 0. */
    int of(Node predicate) {
        Integer id = byIdentity.get(predicate);
        if (id == null) {
            id = byIri.computeIfAbsent(predicate, p -> byIri.size());
            byIdentity.put(predicate, id);
        }
        return id;
    }
}
