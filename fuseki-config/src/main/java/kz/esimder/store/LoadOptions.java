package kz.esimder.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.apache.jena.sparql.core.DatasetGraph;

import org.apache.jena.system.progress.MonitorOutput;

/** How {@link StoreLoader} loads: which files are restricted as a whole, the bulk loader, progress output. */
public final class LoadOptions {
    /**
     * The TDB2 bulk loader. PHASED (the default, as in {@code tdb2.tdbloader}) builds the indexes
     * one phase at a time with a few threads: on a 2-core machine it is about as fast as PARALLEL,
     * and its memory use is bounded. PARALLEL writes all indexes at once with a thread each: faster
     * with many cores, but it wants roughly twice the cores and much more RAM.
     */
    public enum Loader { PHASED, PARALLEL }

    private final Set<Path> restrictedFiles;
    private final Loader loader;
    private final MonitorOutput progress;
    private final String base;
    private final Function<DatasetGraph, String> afterLoad;
    private final ToLongFunction<Path> freeSpace;

    private LoadOptions(Builder b) {
        this.freeSpace = b.freeSpace;
        this.restrictedFiles = Set.copyOf(b.restrictedFiles);
        this.loader = b.loader;
        this.progress = b.progress;
        this.base = b.base;
        this.afterLoad = b.afterLoad;
    }

    public static LoadOptions defaults() { return builder().build(); }
    public static Builder builder() { return new Builder(); }

    public boolean isRestricted(Path file) { return restrictedFiles.contains(file.toAbsolutePath().normalize()); }
    public Loader loader() { return loader; }
    public MonitorOutput progress() { return progress; }
    public GraphNames graphNames() { return new GraphNames(base); }
    /** Work on the new public database once its counts check out, before it is indexed and goes live; returns a summary line. */
    public Function<DatasetGraph, String> afterLoad() { return afterLoad; }
    /** The usable bytes on the filesystem of a path: checked before the load and watched during it. */
    public ToLongFunction<Path> freeSpace() { return freeSpace; }

    public static final class Builder {
        private final Set<Path> restrictedFiles = new LinkedHashSet<>();
        private Loader loader = Loader.PHASED;
        private MonitorOutput progress = (fmt, args) -> { };
        private String base = "http://localhost:8080/";
        private Function<DatasetGraph, String> afterLoad = dsg -> "";
        private ToLongFunction<Path> freeSpace = LoadOptions::usableSpace;

        /** Every quad of this file goes to the restricted database, whatever its source says. */
        public Builder restrictedFile(Path file) { restrictedFiles.add(file.toAbsolutePath().normalize()); return this; }
        public Builder loader(Loader v) { this.loader = v; return this; }
        /** Where the bulk loader reports progress (counts and rates only, never data). */
        public Builder progress(MonitorOutput v) { this.progress = v; return this; }
        /** The data base IRI: the ontology and vocabulary graphs are {@code {base}graph/ontology|vocab}. */
        public Builder base(String v) { this.base = v; return this; }
        /**
         * Runs on the public database of the new generation after the load (deduplication and
         * linking, in {@code esimder load}); the restricted database is never handed out. A failure
         * aborts the load like any other, and the live generation stays.
         */
        public Builder afterLoad(Function<DatasetGraph, String> v) { this.afterLoad = v; return this; }

        /** How free space is measured (the filesystem's usable space; tests simulate a disk filling up). */
        public Builder freeSpace(ToLongFunction<Path> v) { this.freeSpace = v; return this; }

        public LoadOptions build() {
            Objects.requireNonNull(freeSpace, "freeSpace");
            Objects.requireNonNull(loader, "loader");
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(afterLoad, "afterLoad");
            if (base == null || !base.endsWith("/")) throw new IllegalArgumentException("base must end in '/': '" + base + "'");
            return new LoadOptions(this);
        }
    }

    private static long usableSpace(Path path) {
        try {
            return Files.getFileStore(path).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the free space of " + path, e);
        }
    }
}
