package kz.esimder.convert.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.esimder.convert.map.MappedRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
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
}
