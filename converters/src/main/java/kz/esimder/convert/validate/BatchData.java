package kz.esimder.convert.validate;

import java.util.ArrayList;
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
 * ({@link ReferenceData#closureOf}). The compiled constraints only ask «the values of this property
 * of that node», «the nodes with this value» and «the instances of that class»; a Jena graph
 * (three indexes, iterator chains per look-up) answering them was most of the cost of validation.
 * The batch's own triples are indexed here by subject and predicate ({@link BatchSubject}); the
 * concepts' descriptions are the same in every batch, so they are answered from the shared index
 * ({@link ReferenceData}), of which the batch sees only what its triples point to: a concept's
 * whole description, and the URI rdfs:subClassOf links of the classes of its type chain, as when
 * the closures were copied into the batch (so a shape targeting a class the vocabularies use sees
 * exactly the concepts the batch points to). A look-up about a node both describe gets the union.
 * The same triples as a Jena {@link Graph}, for the constraints Jena still evaluates, are built only
 * when asked for ({@link #asGraph()}).
 *
 * <p>Set semantics, as a graph's: a triple added twice, or given by a record and by the reference,
 * is there once. One batch, one thread.
 */
final class BatchData {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node SUBCLASS_OF = RDFS.subClassOf.asNode();

    private final List<MappedRecord> records;
    private final MappedRecord context;
    private final ReferenceData reference;
    private final PredicateIds predicates = new PredicateIds();
    private final int typeId;
    private final int subclassOfId;
    /** The subjects of the batch's own triples and the concepts they point to. */
    private final Map<Node, BatchSubject> bySubject = new HashMap<>();
    /** By predicate, then object: the subjects of the batch's own triples. Kept for rdf:type and rdfs:subClassOf as triples come; others on demand. */
    private final Map<Node, Map<Node, List<Node>>> byObject = new HashMap<>();
    private final Map<Node, Set<Node>> instances = new HashMap<>();
    private final Map<Node, Set<Node>> superclasses = new HashMap<>();
    /** The classes of the type chains of the concepts described; gathered when first asked. */
    private Set<Node> chainClasses;
    private List<Triple> triples;
    private Graph graph;
    private Node lastNode;
    private BatchSubject lastSubject;

    private BatchData(List<MappedRecord> records, MappedRecord context, ReferenceData reference) {
        this.records = records;
        this.context = context;
        this.reference = reference;
        byObject.put(TYPE, new HashMap<>());
        byObject.put(SUBCLASS_OF, new HashMap<>());
        typeId = predicates.of(TYPE);
        subclassOfId = predicates.of(SUBCLASS_OF);
    }

    /** The records' triples, then the context's (the source's description), each with the descriptions of the concepts it points to. */
    static BatchData of(List<MappedRecord> records, MappedRecord context, ReferenceData reference) {
        BatchData data = new BatchData(records, context, reference);
        for (int i = 0; i < records.size(); i++) {
            data.addAll(records.get(i).triples(), i);
        }
        data.addAll(context.triples(), -1);
        return data;
    }

    private void addAll(List<Triple> add, int record) {
        BatchSubject subject = null;
        Node node = null;
        for (Triple t : add) {
            if (t.getSubject() != node) { // a record's triples come subject by subject
                node = t.getSubject();
                subject = bySubject.computeIfAbsent(node, s -> new BatchSubject(reference.properties(s)));
            }
            if (record >= 0) {
                subject.describedBy(record);
            }
            add(subject, t);
            if (t.getObject().isURI()) {
                pointTo(t.getObject());
            }
        }
    }

    private void add(BatchSubject subject, Triple t) {
        Node p = t.getPredicate();
        Node o = t.getObject();
        int id = predicates.of(p);
        if (subject.add(id, o) && (id == typeId || id == subclassOfId)) {
            byObject.get(p).computeIfAbsent(o, k -> new ArrayList<>(1)).add(t.getSubject());
        }
    }

    /** A node the batch's own triples point to: if it is a concept, its description becomes visible. */
    private void pointTo(Node node) {
        BatchSubject subject = bySubject.get(node);
        if (subject == null) {
            Map<Node, List<Node>> description = reference.properties(node);
            if (description == null) {
                return; // not a concept (perhaps a node of the batch described later: it has no description to see)
            }
            subject = new BatchSubject(description);
            bySubject.put(node, subject);
        }
        if (!subject.described() && subject.reference != null) {
            chainClasses = null;
        }
        subject.pointTo();
    }

    /** The index of the last record with a triple about the node; null for a node no record describes (the source, a concept). */
    Integer record(Node node) {
        BatchSubject subject = bySubject.get(node);
        return subject == null || subject.record() < 0 ? null : subject.record();
    }

    /** The objects of (node, predicate, ?), distinct: the batch's own first, then the reference's. */
    List<Node> objects(Node node, Node predicate) {
        BatchSubject subject;
        if (node == lastNode) {
            subject = lastSubject; // constraints ask about one node many times in a row
        } else {
            subject = bySubject.get(node);
            lastNode = node;
            lastSubject = subject;
        }
        if (subject == null) {
            return referenceObjects(null, node, predicate);
        }
        List<Node> own = subject.values(predicates.of(predicate));
        return subject.reference == null ? own : union(own, referenceObjects(subject, node, predicate));
    }

    /** The objects of (node, predicate, ?) among the reference's triples the batch sees. */
    private List<Node> referenceObjects(BatchSubject subject, Node node, Node predicate) {
        if (subject != null && subject.described()) {
            return subject.reference.getOrDefault(predicate, List.of());
        }
        if (predicate.equals(SUBCLASS_OF) && chainClasses().contains(node)) {
            return reference.uriSuperclasses(node);
        }
        return List.of();
    }

    boolean contains(Node s, Node p, Node o) {
        return objects(s, p).contains(o);
    }

    /** The subjects of (?, predicate, value), distinct: the batch's own first, then the reference's it sees. */
    List<Node> subjects(Node predicate, Node value) {
        Map<Node, List<Node>> inverse = byObject.get(predicate);
        if (inverse == null) {
            inverse = new HashMap<>();
            int id = predicates.of(predicate);
            for (Map.Entry<Node, BatchSubject> e : bySubject.entrySet()) {
                for (Node o : e.getValue().values(id)) {
                    inverse.computeIfAbsent(o, k -> new ArrayList<>(1)).add(e.getKey());
                }
            }
            byObject.put(predicate, inverse);
        }
        List<Node> own = inverse.getOrDefault(value, List.of());
        List<Node> all = reference.subjects(predicate, value);
        if (all.isEmpty()) {
            return own;
        }
        boolean link = predicate.equals(SUBCLASS_OF) && value.isURI();
        List<Node> seen = new ArrayList<>(all.size());
        for (Node s : all) {
            BatchSubject subject = bySubject.get(s);
            if (subject != null && subject.described() || link && chainClasses().contains(s)) {
                seen.add(s);
            }
        }
        return union(own, seen);
    }

    private static List<Node> union(List<Node> first, List<Node> second) {
        if (second.isEmpty()) {
            return first;
        }
        if (first.isEmpty()) {
            return second;
        }
        Set<Node> out = new LinkedHashSet<>(first);
        out.addAll(second);
        return List.copyOf(out);
    }

    private Set<Node> chainClasses() {
        if (chainClasses == null) {
            chainClasses = new HashSet<>();
            bySubject.forEach((node, subject) -> {
                if (subject.described()) {
                    chainClasses.addAll(reference.typeChain(node));
                }
            });
        }
        return chainClasses;
    }

    /** Nodes typed with the class or a subclass of it (what sh:targetClass selects), class by class. */
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

    /**
     * Every triple, once: each record's, then the context's, each followed by the closure of a
     * concept it is the first to point to. Built when first asked (for Jena), in the order the
     * batch index was once built in, so Jena sees the very graph it always has.
     */
    List<Triple> triples() {
        if (triples == null) {
            Set<Triple> out = new LinkedHashSet<>();
            Set<Node> described = new HashSet<>();
            for (MappedRecord r : records) {
                addWithReferences(r.triples(), described, out);
            }
            addWithReferences(context.triples(), described, out);
            triples = List.copyOf(out);
        }
        return triples;
    }

    private void addWithReferences(List<Triple> add, Set<Node> described, Set<Triple> out) {
        for (Triple t : add) {
            out.add(t);
            if (t.getObject().isURI() && described.add(t.getObject())) {
                out.addAll(reference.closureOf(t.getObject()));
            }
        }
    }

    /** The same triples as a Jena graph, for what Jena evaluates; built on first use. */
    Graph asGraph() {
        if (graph == null) {
            graph = GraphFactory.createGraphMem();
            triples().forEach(graph::add);
        }
        return graph;
    }
}
