package kz.esimder.convert.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.esimder.convert.map.MappedRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** The batch's triples answer look-ups as a graph of them would: set semantics, inverse look-ups, instances through subclasses. */
class BatchDataTest {
    private static final Node G = uri("g");
    private static final Node TYPE = RDF.type.asNode();
    private static final Node SUB = RDFS.subClassOf.asNode();

    private static Node uri(String local) {
        return NodeFactory.createURI("https://example.org/" + local);
    }

    private static Triple t(Node s, Node p, Node o) {
        return Triple.create(s, p, o);
    }

    @Test
    void answersAsAGraphOfTheRecordsTheContextAndTheConceptsTheyPointTo() {
        Node a = uri("a");
        Node b = uri("b");
        Node concept = uri("concept");
        Node label = NodeFactory.createLiteralString("x");
        Graph reference = GraphFactory.createGraphMem();
        reference.add(t(concept, TYPE, uri("Place")));
        reference.add(t(concept, RDFS.label.asNode(), label));
        reference.add(t(uri("Place"), SUB, uri("Thing")));
        reference.add(t(uri("Unrelated"), TYPE, uri("Thing")));
        MappedRecord first = new MappedRecord(G, List.of(t(a, TYPE, uri("Person")), t(a, uri("p"), concept),
                t(a, uri("p"), concept), t(a, uri("name"), label)));
        MappedRecord second = new MappedRecord(G, List.of(t(b, TYPE, uri("Person")), t(b, uri("knows"), a)));
        BatchData data = BatchData.of(List.of(first, second), new MappedRecord(G, List.of(t(uri("source"), TYPE, uri("Source")))),
                new ReferenceData(reference));

        assertThat(data.objects(a, uri("p"))).containsExactly(concept); // a triple twice is there once
        assertThat(data.objects(concept, RDFS.label.asNode())).containsExactly(label);
        assertThat(data.objects(a, uri("none"))).isEmpty();
        assertThat(data.subjects(uri("knows"), a)).containsExactly(b);
        assertThat(data.subjects(uri("name"), label)).containsExactly(a);
        assertThat(data.contains(uri("Place"), SUB, uri("Thing"))).isTrue();
        assertThat(data.instances(uri("Person"))).containsExactly(a, b);
        assertThat(data.instances(uri("Thing"))).containsExactly(concept); // not «Unrelated»: nothing points to it
        assertThat(data.isInstance(concept, uri("Thing"))).isTrue();
        assertThat(data.isInstance(a, uri("Thing"))).isFalse();

        Graph expected = GraphFactory.createGraphMem();
        first.triples().forEach(expected::add);
        second.triples().forEach(expected::add);
        expected.add(t(uri("source"), TYPE, uri("Source")));
        reference.find(concept, Node.ANY, Node.ANY).forEachRemaining(expected::add);
        expected.add(t(uri("Place"), SUB, uri("Thing")));
        assertThat(data.asGraph().isIsomorphicWith(expected)).isTrue();
        assertThat(data.triples()).hasSize(expected.size());
    }

    /**
     * The batch answers from its own index and the shared reference as the old per-batch index
     * (records, context and the closure of every concept they point to, copied together) did, on
     * the awkward cases: a record repeating a reference triple, a record adding a type and a label
     * to a concept, a record describing a concept nobody points to, a class seen both through a
     * concept's type chain and pointed to itself, a class only in a type chain, concepts and schemes reached only through another
     * concept, a blank superclass, and typed reference nodes nothing points to.
     */
    @Test
    void answersAsTheCopiedClosuresDidOnAwkwardCases() {
        Node a = uri("a");
        Node b = uri("b");
        Node camp = uri("camp");
        Node other = uri("otherCamp");
        Node broader = uri("broader");
        Node lonely = uri("lonely");
        Node scheme = uri("scheme");
        Node label = NodeFactory.createLiteralString("x");
        Node blank = NodeFactory.createBlankNode();
        Graph reference = GraphFactory.createGraphMem();
        reference.add(t(camp, TYPE, uri("Camp")));
        reference.add(t(camp, SKOS.inScheme.asNode(), scheme));
        reference.add(t(camp, SKOS.broader.asNode(), broader));
        reference.add(t(camp, RDFS.label.asNode(), label));
        reference.add(t(other, TYPE, uri("Camp")));
        reference.add(t(broader, TYPE, uri("Region")));
        reference.add(t(broader, SKOS.inScheme.asNode(), scheme));
        reference.add(t(scheme, TYPE, uri("Scheme")));
        reference.add(t(lonely, TYPE, uri("Camp")));
        reference.add(t(lonely, RDFS.label.asNode(), label));
        reference.add(t(uri("Camp"), SUB, uri("Place")));
        reference.add(t(uri("Camp"), RDFS.label.asNode(), NodeFactory.createLiteralString("camp")));
        reference.add(t(uri("Place"), SUB, blank));
        reference.add(t(uri("Place"), SUB, uri("Thing")));
        reference.add(t(uri("Place"), RDFS.label.asNode(), NodeFactory.createLiteralString("place")));
        reference.add(t(uri("Region"), SUB, uri("Place")));
        reference.add(t(uri("Event"), SUB, uri("Thing")));
        reference.add(t(uri("Arrest"), SUB, uri("Event")));
        reference.add(t(uri("Arrest"), TYPE, uri("Class")));
        reference.add(t(blank, TYPE, uri("Restriction")));
        MappedRecord first = new MappedRecord(G, List.of(t(a, TYPE, uri("Person")), t(a, uri("held"), camp),
                t(camp, TYPE, uri("Camp")), t(camp, TYPE, uri("Prison")), t(camp, RDFS.label.asNode(), NodeFactory.createLiteralString("y")),
                t(lonely, uri("note"), label), t(a, uri("p"), other)));
        MappedRecord second = new MappedRecord(G, List.of(t(b, TYPE, uri("Arrest")), t(b, uri("person"), a),
                t(b, uri("kind"), uri("Camp")), t(uri("Prison"), SUB, uri("Camp"))));
        MappedRecord context = new MappedRecord(G, List.of(t(uri("source"), TYPE, uri("Source")), t(uri("source"), uri("at"), camp)));
        ReferenceData shared = new ReferenceData(reference);
        BatchData data = BatchData.of(List.of(first, second), context, shared);

        Set<Triple> copiedInOrder = new LinkedHashSet<>();
        for (MappedRecord r : List.of(first, second, context)) {
            for (Triple x : r.triples()) {
                copiedInOrder.add(x);
                if (x.getObject().isURI()) {
                    copiedInOrder.addAll(shared.closureOf(x.getObject()));
                }
            }
        }
        Graph copied = GraphFactory.createGraphMem();
        copiedInOrder.forEach(copied::add);
        assertThat(data.triples()).containsExactlyElementsOf(copiedInOrder); // what Jena is given, in the order it always was
        assertThat(data.asGraph().isIsomorphicWith(copied)).isTrue();

        Set<Node> nodes = new LinkedHashSet<>();
        List.of(copied, reference).forEach(g -> g.find().forEachRemaining(x -> nodes.addAll(List.of(x.getSubject(), x.getPredicate(), x.getObject()))));
        nodes.add(uri("nowhere"));
        for (Node s : nodes) {
            for (Node p : nodes) {
                List<Node> objects = data.objects(s, p);
                assertThat(objects).as("objects of %s %s", s, p).doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(copied.find(s, p, Node.ANY).mapWith(Triple::getObject).toList());
                List<Node> subjects = data.subjects(p, s);
                assertThat(subjects).as("subjects of %s %s", p, s).doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(copied.find(Node.ANY, p, s).mapWith(Triple::getSubject).toList());
            }
            assertThat(data.instances(s)).as("instances of %s", s).containsExactlyInAnyOrderElementsOf(instances(copied, s));
            for (Node c : nodes) {
                assertThat(data.isInstance(s, c)).as("%s a %s", s, c).isEqualTo(instances(copied, c).contains(s));
            }
        }
        assertThat(data.objects(camp, TYPE)).containsExactlyInAnyOrder(uri("Camp"), uri("Prison")); // once though given twice
        assertThat(data.objects(broader, TYPE)).isEmpty(); // reached only through another concept
        assertThat(data.objects(uri("Camp"), RDFS.label.asNode())).hasSize(1); // pointed to, besides being in type chains
        assertThat(data.objects(uri("Place"), RDFS.label.asNode())).isEmpty(); // only in a type chain: its URI superclasses
        assertThat(data.objects(uri("Place"), SUB)).containsExactly(uri("Thing"));
        assertThat(data.instances(uri("Place"))).containsExactlyInAnyOrder(camp, other); // not lonely: only described by a record
        assertThat(data.record(camp)).isEqualTo(0);
        assertThat(data.record(uri("source"))).isNull();
        assertThat(data.record(other)).isNull();
    }

    /** What sh:targetClass selects in a graph: nodes typed with the class or one rdfs:subClassOf* reaches it from. */
    private static Set<Node> instances(Graph g, Node targetClass) {
        Set<Node> classes = new HashSet<>();
        List<Node> todo = new ArrayList<>(List.of(targetClass));
        while (!todo.isEmpty()) {
            Node c = todo.remove(todo.size() - 1);
            if (classes.add(c)) {
                todo.addAll(g.find(Node.ANY, SUB, c).mapWith(Triple::getSubject).toList());
            }
        }
        Set<Node> out = new HashSet<>();
        for (Node c : classes) {
            out.addAll(g.find(Node.ANY, TYPE, c).mapWith(Triple::getSubject).toList());
        }
        return out;
    }
}
