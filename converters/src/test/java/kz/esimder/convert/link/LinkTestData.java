package kz.esimder.convert.link;

import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/** Test resources under {@code /link/}, read into transactional in-memory datasets. */
final class LinkTestData {
    static final String BASE = "http://localhost:8080/";

    private LinkTestData() {}

    static Dataset dataset(String resource) {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, stream(resource), Lang.TRIG));
        return ds;
    }

    static InputStream stream(String resource) {
        InputStream in = LinkTestData.class.getResourceAsStream("/link/" + resource);
        if (in == null) throw new IllegalArgumentException("no test resource /link/" + resource);
        return in;
    }

    /** A copy of one named graph, read inside a transaction. */
    static Graph graph(Dataset ds, Node name) {
        Graph copy = GraphFactory.createDefaultGraph();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().getGraph(name).find().forEachRemaining(copy::add));
        return copy;
    }
}
