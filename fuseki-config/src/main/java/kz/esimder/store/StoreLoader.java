package kz.esimder.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import kz.esimder.ontology.OntologyFiles;

/**
 * {@code esimder load --db DIR FILE.nq...}: builds a complete new generation of the store beside
 * the live one and switches to it atomically.
 * <ol>
 * <li>find the restricted graphs (a cheap scan), then parse every file once, sending each quad
 *     to the public or the restricted TDB2 database through the TDB2 bulk loader;</li>
 * <li>write the ontology and vocabulary graphs from the classpath;</li>
 * <li>check that the databases hold exactly the quads sent;</li>
 * <li>link (deduplication and the Memorial links), unless {@code --no-link};</li>
 * <li>write the event statistics and build the name index, side by side;</li>
 * <li>mark the generation complete and switch {@code current} to it; remove old generations.</li>
 * </ol>
 * Until the switch the previous generation serves, whole: a crash or {@code kill -9} at any point
 * leaves {@code current} where it was. A running {@link LiveStore} picks the new generation up on
 * {@link LiveStore#reload()} (the admin {@code /admin/reload} call).
 */
public final class StoreLoader {
    private StoreLoader() {}

    public static LoadReport load(Path database, List<Path> files, LoadOptions options) {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw new LoadException("Not a readable file: " + f);
        }
        StoreLayout layout = new StoreLayout(database);
        try {
            Files.createDirectories(layout.root());
            try (FileChannel lockChannel = FileChannel.open(layout.loadLock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = tryLock(lockChannel, layout)) {
                layout.removeOldGenerations();
                removeUnfinished(layout);
                checkFreeSpace(options.freeSpace().applyAsLong(layout.root()), files);
                Path generation = layout.newGeneration();
                try {
                    LoadReport report = new LoadWatchdog(layout.root(), options.freeSpace())
                            .run(() -> build(generation, files, options));
                    StoreLayout.markComplete(generation, report.toMarker());
                    layout.switchTo(generation);
                    layout.removeOldGenerations();
                    return report;
                } catch (LoadException e) {
                    deleteQuietly(generation, e);
                    throw e;
                } catch (Exception e) {
                    // A full disk, a TDB2 or Lucene failure: the same clean outcome as a bad file.
                    deleteQuietly(generation, e);
                    throw new LoadException("Load into " + database + " failed (" + e.getClass().getSimpleName() + ": "
                            + e.getMessage() + "); the live data is unchanged", e);
                } catch (Error e) {
                    deleteQuietly(generation, e);
                    throw e;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Load into " + database + " failed", e);
        }
    }

    /** A new generation takes about this many times the N-Quads' size on disk (TDB2 and the name index; 1M persons: 12.6 GB from 6 GB). */
    static final long SPACE_FACTOR = 2;
    /** N-Quads compress about this well with gzip. */
    static final long GZIP_RATIO = 10;

    /**
     * Refuses a load that cannot fit before it starts: on a full disk the bulk loader's worker
     * threads die and the load would wait for them for ever (found by fault-disk-full.sh).
     */
    static void checkFreeSpace(long usable, List<Path> files) throws IOException {
        long need = 0;
        for (Path f : files) {
            need += Files.size(f) * (f.getFileName().toString().endsWith(".gz") ? GZIP_RATIO : 1) * SPACE_FACTOR;
        }
        if (usable < need) {
            throw new LoadException("Not enough free disk space for the load: about " + need / (1 << 20) + " MB needed ("
                    + SPACE_FACTOR + "x the N-Quads), " + usable / (1 << 20) + " MB free; the live data is unchanged");
        }
    }

    private static FileLock tryLock(FileChannel channel, StoreLayout layout) throws IOException {
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) throw new LoadInProgressException("Another load into " + layout.root() + " is running");
            return lock;
        } catch (OverlappingFileLockException e) {
            throw new LoadInProgressException("Another load into " + layout.root() + " is running in this process", e);
        }
    }

    /** Generations left by a crashed load (we hold the load lock: no load is in progress). */
    private static void removeUnfinished(StoreLayout layout) throws IOException {
        for (Path g : layout.generations()) {
            if (!StoreLayout.isComplete(g) && !DatabaseLock.heldByLiveProcess(StoreLayout.tdb2(g)))
                StoreLayout.deleteTree(g);
        }
    }

    private static LoadReport build(Path generation, List<Path> files, LoadOptions options) throws IOException {
        GraphNames graphNames = options.graphNames();
        PhaseTimings timings = new PhaseTimings();
        Set<Node> restrictedGraphs = RestrictedGraphScanner.scan(files);
        timings.lap("restricted scan");
        Files.createDirectories(StoreLayout.restrictedTdb2(generation));
        DatasetGraph publicDb = DatabaseMgr.connectDatasetGraph(Location.create(StoreLayout.tdb2(generation)));
        DatasetGraph restrictedDb = DatabaseMgr.connectDatasetGraph(Location.create(StoreLayout.restrictedTdb2(generation)));
        try {
            DataLoader publicLoader = LoaderFactory.createLoader(plan(options.loader()), publicDb, options.progress());
            // The restricted share is small: the simple transactional loader, no extra threads.
            DataLoader restrictedLoader = LoaderFactory.basicLoader(restrictedDb, options.progress());
            long builtIn;
            publicLoader.startBulk();
            restrictedLoader.startBulk();
            QuadRouter router = new QuadRouter(publicLoader.stream(), restrictedLoader.stream(), restrictedGraphs, graphNames);
            try {
                for (Path file : files) {
                    router.startFile(file.getFileName().toString(), options.isRestricted(file));
                    parse(file, router);
                }
                builtIn = writeBuiltInGraphs(publicLoader.stream(), graphNames);
                publicLoader.finishBulk();
                restrictedLoader.finishBulk();
            } catch (RuntimeException e) {
                publicLoader.finishException(e);
                restrictedLoader.finishException(e);
                throw e;
            }
            timings.lap("bulk load");
            checkCount("public", publicDb, router.publicQuads + builtIn);
            checkCount("restricted", restrictedDb, router.restrictedQuads);
            timings.lap("count check");
            String afterLoad = options.afterLoad().apply(publicDb);
            if (!afterLoad.isEmpty()) timings.lap("linking");
            // After linking: the statistics count an event that merged records state twice once
            // (esm:sameEventAs). They and the name index each read the whole database on one
            // thread, so they run side by side.
            CompletableFuture<Long> indexing = CompletableFuture.supplyAsync(() -> buildNameIndex(generation, publicDb),
                    runnable -> startThread("esimder-name-index", runnable));
            try {
                builtIn += EventStatistics.build(publicDb, graphNames);
            } catch (RuntimeException e) {
                try {
                    indexing.join(); // never delete the generation under a running index build
                } catch (CompletionException also) {
                    e.addSuppressed(also.getCause());
                }
                throw e;
            }
            long indexed = join(indexing);
            timings.lap("statistics and name index");
            return new LoadReport(generation, router.publicQuads, router.restrictedQuads, builtIn, router.duplicates,
                    router.builtInGraphQuads, indexed, restrictedGraphs.size(), afterLoad, timings.toString());
        } finally {
            // Release the databases (files, locks, caches) before the generation goes live, so
            // that a server in this JVM opens it fresh.
            TDBInternal.expel(publicDb, true);
            TDBInternal.expel(restrictedDb, true);
        }
    }

    private static long buildNameIndex(Path generation, DatasetGraph publicDb) {
        TextIndex index = FusekiConfiguration.openNameIndex(
                FusekiConfiguration.forGeneration(generation, StoreSettings.builder().build()));
        try {
            return NameIndexBuilder.build(publicDb, index);
        } finally {
            index.close();
        }
    }

    private static void startThread(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The task's result, or its own exception (a full disk, a Lucene failure) as the load's. */
    private static <T> T join(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    private static LoaderPlan plan(LoadOptions.Loader loader) {
        return switch (loader) {
            case PHASED -> LoaderPlans.loaderPlanPhased;
            case PARALLEL -> LoaderPlans.loaderPlanParallel;
        };
    }

    private static void parse(Path file, StreamRDF router) {
        try {
            RDFParser.source(file.toString()).parse(router); // by name: RIOT then reads .gz too
        } catch (RiotException e) {
            throw new LoadException(file + ": " + e.getMessage(), e);
        }
    }

    /** The ontology and vocabularies (the ontology module's files), as sets: files may repeat a triple. */
    private static long writeBuiltInGraphs(StreamRDF sink, GraphNames names) {
        Graph ontology = OntologyFiles.ontology().getGraph();
        Graph vocab = OntologyFiles.vocabularies().getGraph();
        ontology.find().forEachRemaining(t -> sink.quad(new org.apache.jena.sparql.core.Quad(names.ontology(), t)));
        vocab.find().forEachRemaining(t -> sink.quad(new org.apache.jena.sparql.core.Quad(names.vocab(), t)));
        return ontology.size() + vocab.size();
    }

    /**
     * Compares the quads stored with the quads sent by counting the entries of the primary quad and
     * triple indexes: node ids only, nothing decoded (4 s instead of 100 s for a full
     * {@code find()} at 1,000,000 persons). The bulk loader builds the other indexes from these.
     */
    private static void checkCount(String which, DatasetGraph db, long expected) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(db);
        long stored = Txn.calculateRead(db, () -> tdb.getQuadTable().getNodeTupleTable().size()
                + tdb.getTripleTable().getNodeTupleTable().size());
        if (stored != expected)
            throw new LoadException(String.format("Count check failed for the %s database: %,d quads sent, %,d stored "
                    + "(a quad repeated far apart in the input, or lost data); the live data is unchanged", which, expected, stored));
    }

    private static void deleteQuietly(Path generation, Throwable cause) {
        try {
            StoreLayout.deleteTree(generation);
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
