package kz.esimder.convert.link;

import static org.assertj.core.api.Assertions.assertThat;

import kz.esimder.convert.link.name.NameKey;
import kz.esimder.convert.link.name.PersonNameEnricher;
import kz.esimder.ontology.Esm;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class PersonNameEnricherTest {
    private static final Node NOTES = NodeFactory.createURI(LinkTestData.BASE + "graph/notes");
    private static final Node NOTES_8 = NodeFactory.createURI(LinkTestData.BASE + "id/person/notes-8");

    @Test
    void personsGetANameKeyAndLatinFormsInTheirOwnGraphOnce() {
        Dataset ds = LinkTestData.dataset("dedup-input.trig");
        assertThat(PersonNameEnricher.enrich(ds, LinkTestData.BASE)).isEqualTo(15);
        assertThat(PersonNameEnricher.enrich(ds, LinkTestData.BASE)).as("second run").isZero();

        Graph actual = GraphFactory.createDefaultGraph();
        LinkTestData.graph(ds, NOTES).find(NOTES_8, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getPredicate().equals(Esm.nameKey.asNode()) || t.getPredicate().equals(Esm.transliteration.asNode())) actual.add(t);
        });
        Graph expected = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(expected, LinkTestData.stream("names-expected.ttl"), Lang.TURTLE);
        assertThat(actual.isIsomorphicWith(expected)).as("%s", actual).isTrue();
    }

    @Test
    void searchRuleMatchesEveryQueryWordInAnyScript() {
        String indexed = NameKey.of("ТОНИН (САРСЕНЕВ) Халил Букончинович");
        assertThat(NameKey.matches(NameKey.of("Sarsenev Khalil"), indexed)).isTrue();
        assertThat(NameKey.matches(NameKey.of("Тонин"), indexed)).isTrue();
        assertThat(NameKey.matches(NameKey.of("Тонин Ахмет"), indexed)).isFalse();
        assertThat(NameKey.matches(NameKey.of("  "), indexed)).isFalse();
    }
}
