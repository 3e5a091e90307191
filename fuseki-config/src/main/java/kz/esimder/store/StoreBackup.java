package kz.esimder.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Backups as gzipped N-Quads, the same form as {@code tdb2.tdbbackup}: a consistent snapshot (one
 * read transaction) that restores with an ordinary load. The public database and the restricted
 * one go to separate files, so that a public backup can be handed on without restricted records:
 * <pre>
 * StoreLoader.load(db, List.of(publicBackup, restrictedBackup),
 *     LoadOptions.builder().restrictedFile(restrictedBackup).build());
 * </pre>
 */
public final class StoreBackup {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private StoreBackup() {}

    /** Dumps {@code dataset} (every named graph) to {@code {db}/backups/esimder-TIME.nq.gz}. */
    public static Path backupPublic(DatasetGraph dataset, StoreLayout layout) {
        return dump(dataset, layout, "");
    }

    /** Dumps the restricted database of {@code generation} to {@code {db}/backups/esimder-TIME-restricted.nq.gz}. */
    public static Path backupRestricted(Path generation, StoreLayout layout) {
        DatasetGraph restricted = DatabaseMgr.connectDatasetGraph(Location.create(StoreLayout.restrictedTdb2(generation)));
        try {
            return dump(restricted, layout, "-restricted");
        } finally {
            TDBInternal.expel(restricted, true);
        }
    }

    private static Path dump(DatasetGraph dataset, StoreLayout layout, String suffix) {
        try {
            Files.createDirectories(layout.backups());
            String name = "esimder-" + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)) + suffix + ".nq.gz";
            Path target = layout.backups().resolve(name);
            Path tmp = layout.backups().resolve(name + ".part");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                Txn.executeRead(dataset, () -> {
                    StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
                    writer.start();
                    // find() on the raw quads: named graphs only (never the union view).
                    StreamRDFOps.sendQuadsToStream(dataset.find(), writer);
                    writer.finish();
                });
            }
            // A backup file that exists is a complete one.
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Backup to " + layout.backups() + " failed", e);
        }
    }
}
