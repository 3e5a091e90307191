package kz.esimder.store;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.build.FusekiConfig;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live generation of a store, open and served. Holds the Fuseki data access points built from
 * esimder-fuseki.ttl ({@code /sparql}, and {@code /admin/update} when admin is enabled) and puts
 * them in every Fuseki registry bound to it. {@link #reload()} opens a newer generation, swaps the
 * access points in (requests already running finish on the old one), then closes the old one.
 */
public final class LiveStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveStore.class);

    private final StoreSettings settings;
    private final OperationRegistry operations;
    private final List<DataAccessPointRegistry> registries = new CopyOnWriteArrayList<>();
    private final List<BiConsumer<Path, DatasetGraph>> liveListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private volatile Opened opened;

    private record Opened(Path generation, DatasetGraph dataset, List<DataAccessPoint> accessPoints) {}

    private LiveStore(StoreSettings settings) {
        this.settings = settings;
        this.operations = EndpointOperations.registry(settings);
    }

    /** Opens the live generation; a store that has none yet gets one with the ontology and vocabularies only. */
    public static LiveStore open(StoreSettings settings) {
        StoreLayout layout = settings.layout();
        if (layout.liveGeneration().isEmpty()) {
            LOG.info("No store at {}: creating one with the ontology and vocabularies", layout.root());
            StoreLoader.load(layout.root(), List.of(), LoadOptions.builder().base(settings.base()).build());
        }
        LiveStore store = new LiveStore(settings);
        store.opened = store.openGeneration(layout.liveGeneration().orElseThrow());
        return store;
    }

    public StoreSettings settings() { return settings; }
    public Path generation() { return opened.generation(); }
    /** The public dataset (union default graph, name index). Read it in a transaction. */
    public DatasetGraph dataset() { return opened.dataset(); }
    OperationRegistry operations() { return operations; }

    /**
     * A read-only connection to the live generation, the same kind of object as
     * {@code RDFConnection.queryConnect(url)} in remote mode. Open one per unit of work: after a
     * reload, a connection opened before it reads a closed generation.
     */
    public RDFConnection connect() {
        DatasetGraph live = dataset();
        Context context = live.getContext().copy();
        // jena-text finds the index through the context when the dataset is wrapped.
        if (live instanceof DatasetGraphText text) context.set(TextQuery.textIndex, text.getTextIndex());
        return RDFConnection.connect(DatasetFactory.wrap(new DatasetGraphReadOnly(live, context)));
    }

    /** Remote mode if {@code esimder.sparql.endpoint} is set, else {@code store.connect()}; {@code store} may be null in remote mode. */
    public static RDFConnection connect(StoreSettings settings, LiveStore store) {
        return settings.sparqlEndpoint().map(RDFConnection::queryConnect).orElseGet(() -> {
            if (store == null) throw new IllegalStateException("No esimder.sparql.endpoint and no embedded store");
            return store.connect();
        });
    }

    /** Serves this store's access points through {@code registry}, now and after every reload. */
    public void bind(DataAccessPointRegistry registry) {
        registries.add(registry);
        opened.accessPoints().forEach(dap -> registry.put(dap.getName(), dap));
    }

    /**
     * Tells {@code listener} the live generation (its directory and public dataset) now, and each
     * later one as it goes live, before the generation it replaces is closed. Returns what stops it.
     */
    synchronized Runnable whenLive(BiConsumer<Path, DatasetGraph> listener) {
        liveListeners.add(listener);
        listener.accept(opened.generation(), opened.dataset());
        return () -> liveListeners.remove(listener);
    }

    /** Tells {@code listener} each time the live generation's data is written in place ({@link #changed()}). Returns what stops it. */
    Runnable whenChanged(Runnable listener) {
        changeListeners.add(listener);
        return () -> changeListeners.remove(listener);
    }

    /**
     * Says that the live generation's data was written in place, not by a load (a SPARQL Update by
     * an administrator, a write through the site's store): what was derived from it (the prepared
     * cookbook answers) is derived again.
     */
    public void changed() {
        changeListeners.forEach(Runnable::run);
    }

    /** Switches to the live generation if a load made a newer one; returns whether it did. */
    public synchronized boolean reload() {
        Path live = settings.layout().liveGeneration()
                .orElseThrow(() -> new IllegalStateException("No live generation in " + settings.layout().root()));
        if (live.equals(opened.generation())) return false;
        Opened previous = opened;
        Opened next = openGeneration(live);
        opened = next;
        for (DataAccessPointRegistry registry : registries)
            next.accessPoints().forEach(dap -> registry.put(dap.getName(), dap));
        LOG.info("Now serving generation {} (was {})", live.getFileName(), previous.generation().getFileName());
        for (BiConsumer<Path, DatasetGraph> listener : liveListeners) {
            try {
                listener.accept(live, next.dataset());
            } catch (RuntimeException e) {
                LOG.warn("A listener failed on the new generation {}", live.getFileName(), e); // the switch itself is done
            }
        }
        retire(previous);
        return true;
    }

    private Opened openGeneration(Path generation) {
        var model = FusekiConfiguration.forGeneration(generation, settings);
        List<DataAccessPoint> accessPoints = FusekiConfig.processServerConfiguration(model, Fuseki.getContext().copy());
        if (accessPoints.isEmpty()) throw new IllegalStateException(FusekiConfiguration.RESOURCE + " defines no service");
        accessPoints.forEach(dap -> {
            dap.getDataService().setEndpointProcessors(operations);
            dap.getDataService().goActive();
        });
        DatabaseLock.openedHere(StoreLayout.tdb2(generation));
        return new Opened(generation, accessPoints.get(0).getDataService().getDataset(), List.copyOf(accessPoints));
    }

    /** Closes a generation once the requests running on it are done (or after twice the query timeout). */
    private void retire(Opened old) {
        Thread closer = new Thread(() -> {
            long deadline = System.nanoTime() + 2 * settings.queryTimeout().toNanos();
            while (old.accessPoints().stream().anyMatch(d -> d.getDataService().activeTxn.get() > 0) && System.nanoTime() < deadline) {
                try {
                    TimeUnit.MILLISECONDS.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            close(old);
        }, "esimder-retire-" + old.generation().getFileName());
        closer.setDaemon(true);
        closer.start();
    }

    private static void close(Opened o) {
        o.accessPoints().forEach(dap -> dap.getDataService().goOffline());
        DatasetGraph dsg = o.dataset();
        if (dsg instanceof DatasetGraphText text) text.getTextIndex().close();
        DatasetGraph base = dsg;
        while (!(base instanceof DatasetGraphSwitchable) && base instanceof DatasetGraphWrapper w) base = w.getWrapped();
        TDBInternal.expel(base, true);
        DatabaseLock.closedHere(StoreLayout.tdb2(o.generation()));
    }

    @Override
    public synchronized void close() {
        for (DataAccessPointRegistry registry : registries)
            opened.accessPoints().forEach(dap -> registry.remove(dap.getName()));
        close(opened);
    }
}
