package kz.esimder.site.data;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import kz.esimder.store.LiveStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The {@link RdfStore} of a deployment: the live generation of the store module's TDB2 database
 * (public graphs only, union default graph, Lucene name index), the same dataset Fuseki serves at
 * {@code /sparql}. After a load and reload the next query reads the new generation.
 */
public final class TdbRdfStore extends DatasetRdfStore {
    private final LiveStore live;
    private final AtomicLong writes = new AtomicLong();
    private volatile Instant lastWrite = Instant.now();

    public TdbRdfStore(LiveStore live, long timeoutMillis) {
        super(timeoutMillis);
        this.live = live;
    }

    @Override
    Dataset dataset() {
        return DatasetFactory.wrap(live.dataset());
    }

    /** Adds quads to the live generation in one write transaction (the name index follows, and the prepared cookbook answers). */
    @Override
    public void add(DatasetGraph quads) {
        DatasetGraph target = live.dataset();
        Txn.executeWrite(target, () -> quads.find().forEachRemaining(target::add));
        writes.incrementAndGet();
        lastWrite = Instant.now();
        live.changed();
    }

    @Override
    public void export(StreamRDF sink) {
        DatasetGraph dsg = live.dataset();
        Txn.executeRead(dsg, () -> StreamRDFOps.sendDatasetToStream(dsg, sink));
    }

    /** The generation (changed by a load) and the writes made since: both change every ETag. */
    @Override
    public long version() {
        return 31L * live.generation().getFileName().toString().hashCode() + writes.get();
    }

    @Override
    public Instant lastModified() {
        try {
            Instant generation = Files.getLastModifiedTime(live.generation()).toInstant();
            return generation.isAfter(lastWrite) ? generation : lastWrite;
        } catch (IOException e) {
            return lastWrite;
        }
    }
}
