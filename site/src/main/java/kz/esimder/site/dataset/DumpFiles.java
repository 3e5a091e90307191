package kz.esimder.site.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import kz.esimder.site.data.RdfStore;
import kz.esimder.site.data.SiteSettings;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.springframework.stereotype.Component;

/**
 * The bulk downloads: every public quad as gzipped N-Quads, and the same triples as gzipped Turtle
 * (graph names dropped), streamed from the store to {@code {esimder.db}-dumps/}, written to a
 * temporary file and moved into place, then described by size and SHA-256. Remade when the data changes.
 */
@Component
public class DumpFiles {
    /** A dump: file name, media type, size in bytes, SHA-256 in hex. */
    public record Dump(String name, String mediaType, long size, String sha256) {}

    static final List<String> NAMES = List.of("esimder.nq.gz", "esimder.ttl.gz");
    private final RdfStore store;
    private final Path dir;
    private volatile long madeForVersion = -1;
    private volatile List<Dump> dumps = List.of();

    DumpFiles(RdfStore store, SiteSettings settings) {
        this.store = store;
        Path db = settings.db() == null ? Path.of("data/esimder") : settings.db();
        this.dir = db.toAbsolutePath().resolveSibling(db.getFileName() + "-dumps");
    }

    public synchronized List<Dump> current() {
        if (madeForVersion != store.version()) {
            long version = store.version();
            dumps = List.of(write("esimder.nq.gz", "application/n-quads", RDFFormat.NQUADS_UTF8),
                    write("esimder.ttl.gz", "text/turtle", RDFFormat.TURTLE_BLOCKS));
            madeForVersion = version;
        }
        return dumps;
    }

    public Path file(String name) {
        if (!NAMES.contains(name)) {
            throw new kz.esimder.site.data.NotFoundException(name);
        }
        current();
        return dir.resolve(name);
    }

    private Dump write(String name, String mediaType, RDFFormat format) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, name, ".part");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
                writer.start();
                store.export(format == RDFFormat.NQUADS_UTF8 ? writer : new DropGraphs(writer));
                writer.finish();
            }
            Path target = dir.resolve(name);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Dump(name, mediaType, Files.size(target), sha256(target));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the dump " + name + " in " + dir, e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Turtle has no graphs: each quad goes out as its triple. */
    private static final class DropGraphs extends StreamRDFWrapper {
        DropGraphs(StreamRDF sink) {
            super(sink);
        }

        @Override
        public void quad(Quad q) {
            triple(q.asTriple());
        }

        @Override
        public void start() {}

        @Override
        public void finish() {}
    }
}
