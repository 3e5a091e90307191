package kz.esimder.convert.record;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import kz.esimder.ontology.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * A concept of one of the SKOS vocabularies, by scheme and ASCII local name
 * ({@code organ-kind/troika}). The record model holds concepts this way so that it stays free of
 * RDF; {@link #resource()} gives the IRI.
 */
public record Concept(String scheme, String localName) {
    /** Concepts whose names were checked, with their IRI: a list names the same few hundred concepts again and again. */
    private static final Map<String, Map<String, Node>> CHECKED = new ConcurrentHashMap<>();
    /** More names than the vocabularies hold means something odd: stop remembering, keep checking. */
    private static final int MAX_REMEMBERED = 65_536;

    public Concept {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(localName, "localName");
        Map<String, Node> known = CHECKED.get(scheme);
        if (known == null || !known.containsKey(localName)) {
            // Vocab.concept checks both names: a bad one fails here, where the record is built.
            Node iri = Vocab.concept(scheme, localName).asNode();
            Map<String, Node> names = CHECKED.computeIfAbsent(scheme, k -> new ConcurrentHashMap<>());
            if (names.size() < MAX_REMEMBERED) {
                names.putIfAbsent(localName, iri);
            }
        }
    }

    public static Concept of(String scheme, String localName) {
        return new Concept(scheme, localName);
    }

    public Resource resource() {
        // The names were checked when the concept was made; checking them again costs a regex per triple.
        return ResourceFactory.createResource(Vocab.NS + scheme + "/" + localName);
    }

    /** The IRI as a node: one shared node per concept, so the triples of many records share it. */
    public Node node() {
        Node iri = CHECKED.getOrDefault(scheme, Map.of()).get(localName);
        return iri != null ? iri : resource().asNode();
    }
}
