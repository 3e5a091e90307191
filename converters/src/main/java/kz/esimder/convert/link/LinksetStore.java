package kz.esimder.convert.link;

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

    public static void replace(Dataset dataset, Node graphName, Graph graph) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeWrite(dataset, () -> {
            dsg.removeGraph(graphName);
            graph.find().forEachRemaining(t -> dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }
}
