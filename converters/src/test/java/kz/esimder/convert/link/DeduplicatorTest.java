package kz.esimder.convert.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.esimder.convert.link.dedup.DedupResult;
import kz.esimder.convert.link.dedup.Deduplicator;
import kz.esimder.convert.link.dedup.PersonFacts;
import kz.esimder.convert.link.dedup.PersonFactsReader;
import kz.esimder.ontology.Esm;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {
    private static final Node DEDUP = NodeFactory.createURI(LinkTestData.BASE + "graph/linkset/dedup");

    @Test
    void mergesAcrossSourcesAndScriptsIntoTheSmallestIriAndWritesTheLinkset() {
        Dataset ds = LinkTestData.dataset("dedup-input.trig");
        new Deduplicator().run(ds, LinkTestData.BASE);

        Graph actual = LinkTestData.graph(ds, DEDUP);
        Graph links = LinksOutTest.withoutMatchesAndDate(actual);
        Graph expected = LinkTestData.dataset("dedup-expected.trig").asDatasetGraph().getGraph(DEDUP);
        assertThat(links.isIsomorphicWith(expected))
                .as("dedup linkset:\n%s", org.apache.jena.riot.RDFWriter.source(links).lang(org.apache.jena.riot.Lang.TURTLE).asString())
                .isTrue();
        assertThat(actual.find(DEDUP, DCTerms.created.asNode(), Node.ANY).next().getObject().getLiteralDatatypeURI())
                .endsWith("#date");
    }

    @Test
    void everyMergedPairCarriesItsScoreMethodAndExplanation() {
        Dataset ds = LinkTestData.dataset("dedup-input.trig");
        new Deduplicator().run(ds, LinkTestData.BASE);
        List<QuerySolution> rows = select(ds, """
                PREFIX esm: <https://w3id.org/esimder/ontology#>
                SELECT ?s ?o ?score ?method ?why (GROUP_CONCAT(?agreed; separator=",") AS ?agreedOn) WHERE {
                  GRAPH <http://localhost:8080/graph/linkset/dedup> {
                    ?m a esm:Match ; esm:matchSubject ?s ; esm:matchObject ?o ; esm:matchScore ?score ;
                       esm:matchMethod ?method ; esm:matchExplanation ?why .
                    OPTIONAL { ?m esm:agreesOn ?agreed }
                  }
                } GROUP BY ?s ?o ?score ?method ?why ORDER BY ?s ?o""");
        assertThat(rows).hasSize(5);
        QuerySolution noteToCard = rows.stream().filter(r -> r.getResource("s").getURI().endsWith("notes-7")
                && r.getResource("o").getURI().endsWith("cards-3")).findFirst().orElseThrow();
        assertThat(noteToCard.getLiteral("score").getDouble()).isEqualTo(1.0);
        assertThat(noteToCard.getLiteral("method").getString()).isEqualTo("esimder-dedup/1");
        assertThat(noteToCard.getLiteral("agreedOn").getString().split(","))
                .contains("name", "gender", "birthYear", "birthPlace", "nationality", "sentenceDate", "organ");
        assertThat(noteToCard.getLiteral("why").getString()).contains("birthYear 1904 = 1904");
        rows.forEach(r -> assertThat(r.getLiteral("score").getDouble()).isBetween(0.9, 1.0));
    }

    @Test
    void ambiguousAndIncompleteNamesBecomePossibleMatchesForAnEditor() {
        Dataset ds = LinkTestData.dataset("dedup-input.trig");
        DedupResult result = new Deduplicator().run(ds, LinkTestData.BASE);
        List<QuerySolution> rows = select(ds, """
                PREFIX esm: <https://w3id.org/esimder/ontology#>
                SELECT ?a ?b ?status ?score WHERE {
                  GRAPH ?g { ?m a esm:PossibleMatch ; esm:matchSubject ?a ; esm:matchObject ?b ;
                                esm:reviewStatus ?status ; esm:matchScore ?score }
                } ORDER BY ?a ?b""");
        Set<String> pairs = new TreeSet<>();
        rows.forEach(r -> pairs.add(local(r.getResource("a").getURI()) + "~" + local(r.getResource("b").getURI())
                + ":" + r.getLiteral("status").getString()));
        // the list's Скорняков Александр fits two card holders born 1901 and 1880: an editor decides
        assertThat(pairs).containsExactlyInAnyOrder(
                "cards-5~cards-6:pending", "cards-5~list55-25:pending", "cards-6~list55-25:pending",
                "list145-2~notes-9:pending");
        assertThat(result.survivors()).doesNotContainKeys(LinkTestData.BASE + "id/person/list55-25",
                LinkTestData.BASE + "id/person/cards-8", LinkTestData.BASE + "id/person/list55-26");
    }

    @Test
    void editorDecisionsWinOverScores() {
        Dataset ds = LinkTestData.dataset("dedup-input.trig");
        Dataset review = LinkTestData.dataset("review-decisions.trig");
        Txn.executeWrite(ds, () -> review.asDatasetGraph().find().forEachRemaining(ds.asDatasetGraph()::add));
        DedupResult result = new Deduplicator().run(ds, LinkTestData.BASE);
        String p = LinkTestData.BASE + "id/person/";
        // confirmed: merged although a bare surname scores 0.80
        assertThat(result.survivors()).containsEntry(p + "notes-9", p + "list145-2");
        assertThat(result.merged()).anySatisfy(m -> {
            assertThat(m.b()).isEqualTo(p + "notes-9");
            assertThat(m.evidence().method()).isEqualTo("esimder-dedup/1+editor");
        });
        // rejected: the card and the note stay two, and the list entry that fits both cannot choose
        assertThat(result.survivors()).doesNotContainKeys(p + "notes-7", p + "list145-19", p + "cards-3");
        Set<String> possible = new TreeSet<>();
        result.possible().forEach(m -> possible.add(m.a().substring(p.length()) + "~" + m.b().substring(p.length())));
        assertThat(possible).contains("cards-3~list145-19", "list145-19~notes-7").doesNotContain("cards-3~notes-7", "list145-2~notes-9");
        // the decisions survive the rerun: they are not in the linkset graph
        assertThat(new Deduplicator().run(ds, LinkTestData.BASE).survivors()).isEqualTo(result.survivors());
    }

    @Test
    void rerunReplacesTheLinksetAndSourceGraphsStayUntouched() {
        Dataset ds = LinkTestData.dataset("dedup-input.trig");
        Model before = ModelFactory.createModelForGraph(copyOfSources(ds));
        DedupResult first = new Deduplicator().run(ds, LinkTestData.BASE);
        Graph firstLinks = LinkTestData.graph(ds, DEDUP);
        DedupResult second = new Deduplicator().run(ds, LinkTestData.BASE);
        assertThat(second.survivors()).isEqualTo(first.survivors());
        assertThat(LinkTestData.graph(ds, DEDUP).isIsomorphicWith(firstLinks)).isTrue();
        assertThat(copyOfSources(ds).isIsomorphicWith(before.getGraph())).isTrue();
    }

    @Test
    void readerSkipsLinksetGraphsAndReadsEventsFacts() {
        Dataset ds = LinkTestData.dataset("dedup-input.trig");
        new Deduplicator().run(ds, LinkTestData.BASE);
        List<PersonFacts> persons = new PersonFactsReader(LinkTestData.BASE).read(ds);
        assertThat(persons).hasSize(15);
        PersonFacts note = persons.stream().filter(p -> p.iri().endsWith("notes-7")).findFirst().orElseThrow();
        assertThat(note.sentenceDates()).containsExactly("1938-02-28");
        assertThat(note.organs()).containsExactly("https://w3id.org/esimder/vocab/organ/military-collegium");
        assertThat(note.birthYear()).isEqualTo(1904);
        assertThat(note.blockKeys()).containsExactly("jnds|*");
    }

    private static Graph copyOfSources(Dataset ds) {
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().find().forEachRemaining(q -> {
            if (!q.getGraph().getURI().contains("/linkset/")) g.add(q.asTriple());
        }));
        return g;
    }

    static List<QuerySolution> select(Dataset ds, String query) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.create(query, ds)) {
                List<QuerySolution> rows = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    private static String local(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

}
