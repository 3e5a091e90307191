package kz.esimder.site.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** An organ with 50,000 victims: counted and paged in SPARQL, one page of rows fetched (not a timed test). */
class LinkedPeopleScaleTest {
    static final String ESM = "https://w3id.org/esimder/ontology#";

    @Test
    void fiftyThousandPeopleAreCountedAndOnePageIsFetched() {
        InMemoryRdfStore store = new InMemoryRdfStore(60_000);
        DatasetGraph dsg = DatasetGraphFactory.create();
        Node g = NodeFactory.createURI("http://localhost:8080/graph/big");
        Node organ = NodeFactory.createURI("https://w3id.org/esimder/vocab/organ/nkvd-troika-karaganda");
        Node type = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        for (int i = 1; i <= 50_000; i++) {
            Node p = NodeFactory.createURI("http://localhost:8080/id/person/big-" + i);
            Node e = NodeFactory.createURI("http://localhost:8080/id/event/big-" + i + "-1");
            dsg.add(g, p, type, NodeFactory.createURI(ESM + "Person"));
            dsg.add(g, e, NodeFactory.createURI(ESM + "person"), p);
            dsg.add(g, e, NodeFactory.createURI(ESM + "organ"), organ);
        }
        store.add(dsg);
        LinkedPeople people = new LinkedPeople(store, new Iris(new SiteSettings("http://localhost:8080/", null, false, 500, 60_000)));
        long start = System.nanoTime();
        LinkedPeople.Page page = people.ofConcept(organ.getURI(), "organ", new Paging(2000, 25));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(page.total()).isEqualTo(50_000);
        assertThat(page.persons()).hasSize(25);
        assertThat(page.more()).isFalse();
        LinkedPeople.Page first = people.ofConcept(organ.getURI(), "organ", new Paging(1, 25));
        assertThat(first.persons()).hasSize(25);
        assertThat(first.more()).isTrue();
        start = System.nanoTime();
        people.ofConcept(organ.getURI(), "organ", new Paging(3, 25));
        long cached = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Organ with 50,000 people: count + last page " + millis + " ms; a later page " + cached
                + " ms (in-memory TDB2)");
    }
}
