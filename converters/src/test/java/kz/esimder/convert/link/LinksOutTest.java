package kz.esimder.convert.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kz.esimder.convert.link.dedup.Deduplicator;
import kz.esimder.convert.link.out.LinksOut;
import kz.esimder.convert.link.out.SparqlEndpoint;
import kz.esimder.ontology.Esm;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reconciliation against a local Fuseki serving hand-written Wikidata- and GeoNames-shaped extracts: no network. */
class LinksOutTest {
    private static FusekiServer server;
    private static String wikidataUrl;
    private static String geonamesUrl;

    @BeforeAll
    static void startFuseki() {
        Dataset wikidata = DatasetFactory.createTxnMem();
        RDFDataMgr.read(wikidata.getDefaultModel(), LinkTestData.stream("wikidata-extract.ttl"), Lang.TURTLE);
        Dataset geonames = DatasetFactory.createTxnMem();
        RDFDataMgr.read(geonames.getDefaultModel(), LinkTestData.stream("geonames-extract.ttl"), Lang.TURTLE);
        server = FusekiServer.create().port(0).loopback(true).add("/wikidata", wikidata).add("/geonames", geonames).build().start();
        wikidataUrl = "http://localhost:" + server.getPort() + "/wikidata/sparql";
        geonamesUrl = "http://localhost:" + server.getPort() + "/geonames/sparql";
    }

    @AfterAll
    static void stopFuseki() {
        if (server != null) server.stop();
    }

    private static Dataset reconciled() {
        Dataset ds = LinkTestData.dataset("dedup-input.trig");
        new Deduplicator().run(ds, LinkTestData.BASE);
        Model vocab = ModelFactory.createDefaultModel();
        RDFDataMgr.read(vocab, LinkTestData.stream("vocab-extract.ttl"), Lang.TURTLE);
        new LinksOut(new SparqlEndpoint(wikidataUrl, 30), new SparqlEndpoint(geonamesUrl, 30)).run(ds, vocab, LinkTestData.BASE);
        return ds;
    }

    @Test
    void linksetsLinkTheRightItemsAndDescribeThemselvesInVoid() {
        Dataset ds = reconciled();
        Dataset expected = LinkTestData.dataset("links-out-expected.trig");
        for (String name : List.of(LinksOut.WIKIDATA, LinksOut.WIKIDATA_PEOPLE, LinksOut.GEONAMES)) {
            Node g = NodeFactory.createURI(LinkTestData.BASE + "graph/linkset/" + name);
            Graph actual = withoutMatchesAndDate(LinkTestData.graph(ds, g));
            assertThat(actual.isIsomorphicWith(expected.asDatasetGraph().getGraph(g)))
                    .as("linkset %s:\n%s", name, RDFWriter.source(actual).lang(Lang.TURTLE).asString()).isTrue();
        }
    }

    @Test
    void everyLinkOutCarriesScoreMethodAndExplanation() {
        Dataset ds = reconciled();
        List<QuerySolution> rows = DeduplicatorTest.select(ds, """
                PREFIX esm: <https://w3id.org/esimder/ontology#>
                SELECT ?s ?o ?score ?method ?why WHERE {
                  GRAPH ?g { ?m a esm:Match ; esm:matchSubject ?s ; esm:matchObject ?o ; esm:matchScore ?score ;
                               esm:matchMethod ?method ; esm:matchExplanation ?why }
                  FILTER (?g != <http://localhost:8080/graph/linkset/dedup>)
                }""");
        assertThat(rows).hasSize(7);
        Set<String> methods = new TreeSet<>();
        rows.forEach(r -> {
            methods.add(r.getLiteral("method").getString());
            assertThat(r.getLiteral("score").getDouble()).isBetween(0.85, 1.0);
        });
        assertThat(methods).containsExactly("geonames-label/1", "wikidata-label/1", "wikidata-person/1");
        QuerySolution person = rows.stream().filter(r -> r.getLiteral("method").getString().equals("wikidata-person/1")).findFirst().orElseThrow();
        assertThat(person.getLiteral("why").getString()).contains("birthYear [1894] vs 1894");
    }

    @Test
    void theDatasetDescriptionListsEveryLinkset() {
        Dataset ds = reconciled();
        Graph catalogue = LinksetCatalogue.describe(ds, LinkTestData.BASE);
        Set<String> linksets = new TreeSet<>();
        catalogue.find(Node.ANY, RDF.type.asNode(), VOID.Linkset.asNode()).forEachRemaining(t -> linksets.add(t.getSubject().getURI()));
        assertThat(linksets).containsExactly(
                LinkTestData.BASE + "graph/linkset/dedup", LinkTestData.BASE + "graph/linkset/geonames",
                LinkTestData.BASE + "graph/linkset/wikidata", LinkTestData.BASE + "graph/linkset/wikidata-people");
        assertThat(catalogue.find(NodeFactory.createURI(LinkTestData.BASE + "id/dataset"), VOID.subset.asNode(), Node.ANY).toList()).hasSize(4);
        assertThat(catalogue.find(NodeFactory.createURI(LinkTestData.BASE + "graph/linkset/wikidata"), VOID.triples.asNode(), Node.ANY)
                .next().getObject().getLiteralLexicalForm()).isEqualTo("4");
    }

    static Graph withoutMatchesAndDate(Graph g) {
        Set<Node> matches = new java.util.HashSet<>();
        g.find(Node.ANY, RDF.type.asNode(), Esm.Match.asNode()).forEachRemaining(t -> matches.add(t.getSubject()));
        g.find(Node.ANY, RDF.type.asNode(), Esm.PossibleMatch.asNode()).forEachRemaining(t -> matches.add(t.getSubject()));
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> {
            if (!matches.contains(t.getSubject()) && !t.getPredicate().equals(DCTerms.created.asNode())) out.add(t);
        });
        return out;
    }
}
