package kz.esimder.convert.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.esimder.convert.map.MappedRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The data graph a batch of records is validated over: the records' triples, the source's
 * description, and once each the description of every concept they point to
 * ({@link ReferenceData#closureOf}), indexed by subject and predicate. The compiled constraints only
 * ask «the values of this property of that node», «the nodes with this value» and «the instances of
 * that class»; a Jena graph (three indexes, iterator chains per look-up) answering them was most of
 * the cost of validation. The same triples as a Jena {@link Graph}, for the constraints Jena still
 * evaluates, are built only when asked for ({@link #asGraph()}).
 *
 * <p>Set semantics, as a graph's: a triple added twice is there once. One batch, one thread.
 */
final class BatchData {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node SUBCLASS_OF = RDFS.subClassOf.asNode();

    private final List<Triple> triples = new ArrayList<>();
    private final Map<Node, Map<Node, List<Node>>> bySubject = new HashMap<>();
    /** By predicate, then object: the subjects. Kept for rdf:type and rdfs:subClassOf as triples come; others on demand. */
    private final Map<Node, Map<Node, List<Node>>> byObject = new HashMap<>();
    private final Map<Node, Set<Node>> instances = new HashMap<>();
    private final Map<Node, Set<Node>> superclasses = new HashMap<>();
    private Graph graph;
    private Node lastSubject;
    private Map<Node, List<Node>> lastProperties;

    private BatchData() {
        byObject.put(TYPE, new HashMap<>());
        byObject.put(SUBCLASS_OF, new HashMap<>());
    }

    /** The records' triples, then the context's (the source's description), each with the descriptions of the concepts it points to. */
    static BatchData of(List<MappedRecord> records, MappedRecord context, ReferenceData reference) {
        BatchData data = new BatchData();
        Set<Node> described = new HashSet<>();
        for (MappedRecord r : records) {
            data.addWithReferences(r.triples(), described, reference);
        }
        data.addWithReferences(context.triples(), described, reference);
        return data;
    }

    private void addWithReferences(List<Triple> add, Set<Node> described, ReferenceData reference) {
        for (Triple t : add) {
            add(t);
            if (t.getObject().isURI() && described.add(t.getObject())) {
                for (Triple c : reference.closureOf(t.getObject())) {
                    add(c);
                }
            }
        }
    }

    private void add(Triple t) {
        Node s = t.getSubject();
        Node p = t.getPredicate();
        Node o = t.getObject();
        List<Node> values = bySubject.computeIfAbsent(s, k -> new HashMap<>(8)).computeIfAbsent(p, k -> new ArrayList<>(1));
        if (values.contains(o)) {
            return;
        }
        values.add(o);
        triples.add(t);
        Map<Node, List<Node>> inverse = byObject.get(p);
        if (inverse != null) {
            inverse.computeIfAbsent(o, k -> new ArrayList<>(1)).add(s);
        }
    }

    /** The objects of (node, predicate, ?), distinct, in the order they were added. */
    List<Node> objects(Node node, Node predicate) {
        Map<Node, List<Node>> properties;
        if (node == lastSubject) {
            properties = lastProperties; // constraints ask about one node many times in a row
        } else {
            properties = bySubject.get(node);
            lastSubject = node;
            lastProperties = properties;
        }
        if (properties == null) {
            return List.of();
        }
        List<Node> values = properties.get(predicate);
        return values == null ? List.of() : values;
    }

    boolean contains(Node s, Node p, Node o) {
        return objects(s, p).contains(o);
    }

    /** The subjects of (?, predicate, value), distinct, in the order they were added. */
    List<Node> subjects(Node predicate, Node value) {
        Map<Node, List<Node>> inverse = byObject.get(predicate);
        if (inverse == null) {
            inverse = new HashMap<>();
            for (Map.Entry<Node, Map<Node, List<Node>>> e : bySubject.entrySet()) {
                for (Node o : e.getValue().getOrDefault(predicate, List.of())) {
                    inverse.computeIfAbsent(o, k -> new ArrayList<>(1)).add(e.getKey());
                }
            }
            byObject.put(predicate, inverse);
        }
        List<Node> subjects = inverse.get(value);
        return subjects == null ? List.of() : subjects;
    }

    /** Nodes typed with the class or a subclass of it (what sh:targetClass selects), in the order their types were added. */
    Set<Node> instances(Node targetClass) {
        Set<Node> known = instances.get(targetClass);
        if (known != null) {
            return known;
        }
        Set<Node> classes = new LinkedHashSet<>();
        List<Node> todo = new ArrayList<>(List.of(targetClass));
        while (!todo.isEmpty()) {
            Node c = todo.remove(todo.size() - 1);
            if (classes.add(c)) {
                todo.addAll(subjects(SUBCLASS_OF, c));
            }
        }
        Set<Node> out = new LinkedHashSet<>();
        for (Node c : classes) {
            out.addAll(subjects(TYPE, c));
        }
        instances.put(targetClass, out);
        return out;
    }

    /** rdf:type C, or a type whose rdfs:subClassOf* reaches C: sh:class and sh:targetClass membership. */
    boolean isInstance(Node node, Node expected) {
        for (Node type : objects(node, TYPE)) {
            if (type.equals(expected) || superclasses(type).contains(expected)) {
                return true;
            }
        }
        return false;
    }

    /** The classes rdfs:subClassOf+ reaches from a type, in this batch's triples. */
    private Set<Node> superclasses(Node type) {
        Set<Node> known = superclasses.get(type);
        if (known != null) {
            return known;
        }
        Set<Node> out = new HashSet<>();
        List<Node> todo = new ArrayList<>(objects(type, SUBCLASS_OF));
        while (!todo.isEmpty()) {
            Node c = todo.remove(todo.size() - 1);
            if (out.add(c)) {
                todo.addAll(objects(c, SUBCLASS_OF));
            }
        }
        superclasses.put(type, out);
        return out;
    }

    /** Every triple, once, in the order added. */
    Collection<Triple> triples() {
        return triples;
    }

    /** The same triples as a Jena graph, for what Jena evaluates; built on first use. */
    Graph asGraph() {
        if (graph == null) {
            graph = GraphFactory.createGraphMem();
            triples.forEach(graph::add);
        }
        return graph;
    }
}
