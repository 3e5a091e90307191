package kz.esimder.convert.link;

import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Writes a linkset into a dataset (in memory or TDB2) as its own named graph, replacing the previous run's. */
public final class LinksetStore {
    private LinksetStore() {}

    public static void replace(Dataset dataset, Linkset linkset) {
        replace(dataset, linkset.graphName(), linkset.graph());
    }

    /**
     * Replaces a linkset by writing it straight into the dataset, in one write transaction, with
     * no copy in memory: {@code fill} adds its links to the linkset built from {@code builder}.
     */
    public static void replaceInPlace(Dataset dataset, Linkset.Builder builder, Consumer<Linkset> fill) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeWrite(dataset, () -> {
            Node graphName = builder.graphName();
            dsg.removeGraph(graphName);
            Linkset linkset = builder.into(dsg.getGraph(graphName)).build();
            fill.accept(linkset);
            linkset.graph(); // counts the links into void:triples
        });
    }

    public static void replace(Dataset dataset, Node graphName, Graph graph) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeWrite(dataset, () -> {
            dsg.removeGraph(graphName);
            graph.find().forEachRemaining(t -> dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }
}
