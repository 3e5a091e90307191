package kz.esimder.convert.validate;

import java.util.ArrayList;
import java.util.Arrays;
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
 * The batch's own triples are indexed here by subject and predicate; the concepts' descriptions are
 * the same in every batch, so they are answered from the shared index ({@link ReferenceView}), and
 * a look-up about a node both describe gets the union. The same triples as a Jena {@link Graph},
 * for the constraints Jena still evaluates, are built only when asked for ({@link #asGraph()}).
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
    private final ReferenceView view;
    private final PredicateIds predicates = new PredicateIds();
    private final int typeId;
    private final int subclassOfId;
    private final Map<Node, OwnSubject> bySubject = new HashMap<>();
    /** By predicate, then object: the subjects of the batch's own triples. Kept for rdf:type and rdfs:subClassOf as triples come; others on demand. */
    private final Map<Node, Map<Node, List<Node>>> byObject = new HashMap<>();
    private final Map<Node, Set<Node>> instances = new HashMap<>();
    private final Map<Node, Set<Node>> superclasses = new HashMap<>();
    private List<Triple> triples;
    private Graph graph;
    private Node lastSubject;
    private OwnSubject lastOwn;

    /** A subject of the batch's own triples: its values by predicate number, and the last record that describes it. */
    private static final class OwnSubject {
        private static final List<Node>[] NONE = newArray(0);

        /** Whether the reference describes it too, so that look-ups must add what it says. */
        final boolean alsoReference;
        List<Node>[] byPredicate = NONE;
        int record = -1;

        OwnSubject(boolean alsoReference) {
            this.alsoReference = alsoReference;
        }

        List<Node> values(int predicate) {
            List<Node> values = predicate < byPredicate.length ? byPredicate[predicate] : null;
            return values == null ? List.of() : values;
        }

        /** Adds the value unless it is there; whether it was not. */
        boolean add(int predicate, Node value) {
            if (predicate >= byPredicate.length) {
                byPredicate = Arrays.copyOf(byPredicate, Math.max(predicate + 1, byPredicate.length * 2));
            }
            List<Node> values = byPredicate[predicate];
            if (values == null) {
                byPredicate[predicate] = values = new ArrayList<>(1);
            } else if (values.contains(value)) {
                return false;
            }
            values.add(value);
            return true;
        }

        @SuppressWarnings("unchecked")
        private static List<Node>[] newArray(int size) {
            return new List[size];
        }
    }

    private BatchData(List<MappedRecord> records, MappedRecord context, ReferenceData reference) {
        this.records = records;
        this.context = context;
        this.reference = reference;
        this.view = new ReferenceView(reference);
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
        OwnSubject own = null;
        Node subject = null;
        for (Triple t : add) {
            if (t.getSubject() != subject) { // a record's triples come subject by subject
                subject = t.getSubject();
                own = bySubject.computeIfAbsent(subject, s -> new OwnSubject(view.mayDescribe(s)));
            }
            if (record >= 0) {
                own.record = record;
            }
            add(own, t);
            if (t.getObject().isURI()) {
                view.pointTo(t.getObject());
            }
        }
    }

    private void add(OwnSubject own, Triple t) {
        Node p = t.getPredicate();
        Node o = t.getObject();
        int id = predicates.of(p);
        if (!own.add(id, o)) {
            return;
        }
        if (id == typeId || id == subclassOfId) {
            byObject.get(p).computeIfAbsent(o, k -> new ArrayList<>(1)).add(t.getSubject());
        }
    }

    /** The index of the last record with a triple about the node; null for a node no record describes (the source, a concept). */
    Integer record(Node node) {
        OwnSubject own = bySubject.get(node);
        return own == null || own.record < 0 ? null : own.record;
    }

    /** The objects of (node, predicate, ?), distinct: the batch's own first, then the reference's. */
    List<Node> objects(Node node, Node predicate) {
        OwnSubject own;
        if (node == lastSubject) {
            own = lastOwn; // constraints ask about one node many times in a row
        } else {
            own = bySubject.get(node);
            lastSubject = node;
            lastOwn = own;
        }
        if (own == null) {
            return view.objects(node, predicate);
        }
        List<Node> mine = own.values(predicates.of(predicate));
        return own.alsoReference ? union(mine, view.objects(node, predicate)) : mine;
    }

    boolean contains(Node s, Node p, Node o) {
        return objects(s, p).contains(o);
    }

    /** The subjects of (?, predicate, value), distinct: the batch's own first, then the reference's. */
    List<Node> subjects(Node predicate, Node value) {
        Map<Node, List<Node>> inverse = byObject.get(predicate);
        if (inverse == null) {
            inverse = new HashMap<>();
            int id = predicates.of(predicate);
            for (Map.Entry<Node, OwnSubject> e : bySubject.entrySet()) {
                for (Node o : e.getValue().values(id)) {
                    inverse.computeIfAbsent(o, k -> new ArrayList<>(1)).add(e.getKey());
                }
            }
            byObject.put(predicate, inverse);
        }
        List<Node> mine = inverse.getOrDefault(value, List.of());
        return union(mine, view.subjects(predicate, value));
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
