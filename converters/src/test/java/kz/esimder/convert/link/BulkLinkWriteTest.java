package kz.esimder.convert.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kz.esimder.convert.cli.EsimderCli;
import kz.esimder.convert.pipeline.TestOntology;
import kz.esimder.store.LoadOptions;
import kz.esimder.store.StoreLayout;
import kz.esimder.store.StoreLoader;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Linking's writes through TDB2's bulk loader (what {@code esimder load} does, into a database
 * already holding the data) give the same store as one write transaction, quad for quad: checked
 * graph by graph, as isomorphic graphs, on 3,000 generated persons.
 */
class BulkLinkWriteTest {

    @Test
    void theBulkLoaderWritesWhatOneTransactionWrites(@TempDir Path dir) {
        Path generated = dir.resolve("generated.txt");
        Path nq = dir.resolve("data.nq");
        assertThat(cli("generate", "--persons", "3000", "--format", "memorybook", "--seed", "1", "--output", generated.toString())).isZero();
        assertThat(cli("convert", "--input", generated.toString(), "--format", "memorybook", "--synthetic", "--output", nq.toString())).isZero();

        String[] summaries = new String[2];
        Path inTransaction = dir.resolve("transaction");
        StoreLoader.load(inTransaction, List.of(nq), LoadOptions.builder()
                .afterLoad(dsg -> summaries[0] = Linking.offline(LinkTestData.BASE).run(DatasetFactory.wrap(dsg)).describe()).build());
        Path bulk = dir.resolve("bulk");
        StoreLoader.load(bulk, List.of(nq), LoadOptions.builder()
                .afterLoad(dsg -> summaries[1] = Linking.offline(LinkTestData.BASE)
                        .run(DatasetFactory.wrap(dsg), LinkWriter.bulkLoader((fmt, args) -> { })).describe()).build());
        assertThat(summaries[1].replaceAll(" \\(.*", "")).isEqualTo(summaries[0].replaceAll(" \\(.*", ""));
        assertThat(summaries[0]).doesNotContain("merged pairs 0 ");

        Dataset a = live(inTransaction);
        Dataset b = live(bulk);
        try {
            Set<String> graphs = graphNames(a);
            assertThat(graphNames(b)).isEqualTo(graphs);
            assertThat(graphs).contains(LinkTestData.BASE + "graph/linkset/dedup", LinkTestData.BASE + "graph/linkset/memorial");
            for (String g : graphs) {
                Graph ga = copy(a, g);
                Graph gb = copy(b, g);
                assertThat(gb.size()).as(g).isEqualTo(ga.size());
                assertThat(gb.isIsomorphicWith(ga)).as(g).isTrue();
            }
            long nameKeys = Txn.calculateRead(a, () -> a.asDatasetGraph().stream(null, null,
                    kz.esimder.ontology.Esm.nameKey.asNode(), null).count());
            assertThat(nameKeys).as("name keys written").isGreaterThanOrEqualTo(3000);
        } finally {
            TDBInternal.expel(a.asDatasetGraph());
            TDBInternal.expel(b.asDatasetGraph());
        }
    }

    private static int cli(String... args) {
        CommandLine cl = EsimderCli.commandLine(TestOntology::load);
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    private static Dataset live(Path db) {
        Path generation = new StoreLayout(db).liveGeneration().orElseThrow();
        return TDB2Factory.connectDataset(StoreLayout.tdb2(generation).toString());
    }

    private static Set<String> graphNames(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            Set<String> names = new TreeSet<>();
            ds.asDatasetGraph().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            return names;
        });
    }

    private static Graph copy(Dataset ds, String name) {
        Graph copy = GraphFactory.createDefaultGraph();
        DatasetGraph dsg = ds.asDatasetGraph();
        Txn.executeRead(ds, () -> dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(name)).find().forEachRemaining(copy::add));
        return copy;
    }
}
