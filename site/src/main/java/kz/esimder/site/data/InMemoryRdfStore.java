package kz.esimder.site.data;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * An {@link RdfStore} over an in-memory TDB2 dataset ({@code esimder.store=memory}): nothing on disk,
 * no {@code /sparql}; the same semantics as the store (default graph = union of the named graphs).
 */
public final class InMemoryRdfStore extends DatasetRdfStore {
    private final DatasetGraph quads = DatabaseMgr.createDatasetGraph();
    private final Dataset queryable = DatasetFactory.wrap(quads);
    private final AtomicLong version = new AtomicLong(1);
    private volatile Instant lastModified = Instant.now();

    public InMemoryRdfStore(long timeoutMillis) {
        super(timeoutMillis);
        quads.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    @Override
    Dataset dataset() {
        return queryable;
    }

    @Override
    public void add(DatasetGraph more) {
        Txn.executeWrite(quads, () -> more.find().forEachRemaining(quads::add));
        version.incrementAndGet();
        lastModified = Instant.now();
    }

    @Override
    public void export(StreamRDF sink) {
        Txn.executeRead(quads, () -> StreamRDFOps.sendDatasetToStream(quads, sink));
    }

    @Override
    public long version() {
        return version.get();
    }

    @Override
    public Instant lastModified() {
        return lastModified;
    }
}
