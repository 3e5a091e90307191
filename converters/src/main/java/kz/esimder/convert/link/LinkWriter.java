package kz.esimder.convert.link;

import java.util.Collection;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * How a linking run writes what it found: the graphs it replaces are dropped, then every quad it
 * adds (name keys in the persons' graphs, the linksets) goes through one stream.
 */
public interface LinkWriter {

    /**
     * Drops the {@code replaced} graphs, then writes the quads {@code quads} sends to the stream it
     * is given (the stream's {@code start}/{@code finish} are the writer's business).
     */
    void write(Dataset dataset, Collection<Node> replaced, Consumer<StreamRDF> quads);

    /**
     * One write transaction: all or nothing, so a crash leaves the previous linksets. For a live
     * store ({@code esimder dedup}) and any Jena dataset.
     */
    static LinkWriter transaction() {
        return (dataset, replaced, quads) -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Txn.executeWrite(dataset, () -> {
                replaced.forEach(dsg::removeGraph);
                quads.accept(StreamRDFLib.dataset(dsg));
            });
        };
    }

    /**
     * TDB2's bulk loader, for a database nobody reads yet (the new generation of {@code esimder
     * load}, which is thrown away if anything fails): the quads reach the indexes on the loader's
     * own threads, past the dataset's transaction layer. Not atomic: a crash half way leaves the
     * indexes partly written, hence never on a live store. Any other dataset gets
     * {@link #transaction()}.
     *
     * <p>The plan is Jena's parallel one, every index written in the data phase. The phased plan
     * of the first load would be wrong here: its later phases rebuild the secondary indexes by
     * replaying the whole primary index ({@code LoaderMain.executeSecondary}), i.e. every quad
     * already in the database, not only the linking's.
     */
    static LinkWriter bulkLoader(MonitorOutput progress) {
        return (dataset, replaced, quads) -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            if (!TDBInternal.isTDB2(dsg)) {
                transaction().write(dataset, replaced, quads);
                return;
            }
            // The loader locks everyone else out (exclusive mode): no transaction may be open here.
            Txn.executeWrite(dsg, () -> replaced.forEach(dsg::removeGraph));
            DataLoader loader = LoaderFactory.createLoader(LoaderPlans.loaderPlanParallel, dsg, progress);
            loader.startBulk();
            try {
                quads.accept(loader.stream());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
        };
    }
}
