package kz.esimder.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The directories of a store. A store is a sequence of generations; {@code current} is a symbolic
 * link naming the live one, replaced with one atomic rename once a new generation is complete:
 * <pre>
 * {db}/current -> gen-000007            the live generation (what servers open)
 * {db}/gen-000007/tdb2/                 TDB2: public named graphs, ontology, vocabularies
 * {db}/gen-000007/text/                 Lucene name index over tdb2
 * {db}/gen-000007/restricted/tdb2/      TDB2: restricted graphs; no public service opens it
 * {db}/gen-000007/COMPLETE              counts, written last: a generation without it is unfinished
 * {db}/gen-000007/cookbook/             the cookbook's answers, prepared by the server (CookbookAnswers)
 * {db}/backups/                         N-Quads dumps made by backup
 * </pre>
 * A crash while building gen-000008 leaves {@code current} pointing at gen-000007, whole.
 */
public final class StoreLayout {
    static final String CURRENT = "current";
    static final String COMPLETE = "COMPLETE";
    private static final Pattern GENERATION = Pattern.compile("gen-(\\d{6,})");

    private final Path root;

    public StoreLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() { return root; }
    public Path currentLink() { return root.resolve(CURRENT); }
    public Path backups() { return root.resolve("backups"); }
    Path loadLock() { return root.resolve("load.lock"); }

    public static Path tdb2(Path generation) { return generation.resolve("tdb2"); }
    public static Path text(Path generation) { return generation.resolve("text"); }
    public static Path restrictedTdb2(Path generation) { return generation.resolve("restricted").resolve("tdb2"); }
    static Path completeMarker(Path generation) { return generation.resolve(COMPLETE); }
    static Path cookbook(Path generation) { return generation.resolve("cookbook"); }

    public static boolean isComplete(Path generation) { return Files.isRegularFile(completeMarker(generation)); }

    /** The live generation's real directory, if a complete one has been switched to. */
    public Optional<Path> liveGeneration() {
        Path link = currentLink();
        if (!Files.isSymbolicLink(link)) return Optional.empty();
        try {
            Path target = root.resolve(Files.readSymbolicLink(link)).normalize();
            return isComplete(target) ? Optional.of(target.toRealPath()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the live generation link " + link, e);
        }
    }

    /** Creates the directory of the next generation (numbered after every existing one). */
    Path newGeneration() throws IOException {
        Files.createDirectories(root);
        int next = generations().stream().mapToInt(StoreLayout::number).max().orElse(0) + 1;
        Path generation = root.resolve(String.format("gen-%06d", next));
        Files.createDirectory(generation);
        return generation.toRealPath();
    }

    /** Every generation directory, oldest first, complete or not. */
    List<Path> generations() throws IOException {
        if (!Files.isDirectory(root)) return List.of();
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root,
                p -> GENERATION.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))) {
            dirs.forEach(out::add);
        }
        out.sort(Comparator.comparingInt(StoreLayout::number));
        return out;
    }

    static int number(Path generation) {
        Matcher m = GENERATION.matcher(generation.getFileName().toString());
        if (!m.matches()) throw new IllegalArgumentException("Not a generation directory: " + generation);
        return Integer.parseInt(m.group(1));
    }

    /** Writes the COMPLETE marker durably: content, then the file, then its directory. */
    static void markComplete(Path generation, String content) throws IOException {
        AtomicFile.write(completeMarker(generation), out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Makes {@code generation} the live one: a new symbolic link is created beside {@code current}
     * and renamed over it. rename(2) is atomic: a reader (or a crash) sees the old link or the new
     * one, never none.
     */
    void switchTo(Path generation) throws IOException {
        if (!isComplete(generation)) throw new IllegalStateException("Refusing to switch to an unfinished generation " + generation);
        if (Files.exists(currentLink(), LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(currentLink()))
            throw new LoadException(currentLink() + " is a directory, not the link a load manages (was a server started on "
                    + "this store before its first load?); stop that server and move the directory away");
        Path tmp = root.resolve(CURRENT + ".next");
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, root.relativize(generation.toRealPath()));
        Files.move(tmp, currentLink(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(root);
    }

    /**
     * Deletes old generations: keeps the live one, the newest complete one before it (a server that
     * has not reloaded yet may still be reading it) and any whose database a running process holds.
     */
    List<Path> removeOldGenerations() throws IOException {
        Optional<Path> live = liveGeneration();
        if (live.isEmpty()) return List.of();
        int liveNumber = number(live.get());
        Optional<Path> previous = generations().stream()
                .filter(g -> number(g) < liveNumber && isComplete(g)).reduce((a, b) -> b);
        List<Path> removed = new ArrayList<>();
        for (Path g : generations()) {
            int n = number(g);
            boolean keep = n == liveNumber || n > liveNumber   // newer: a load in progress
                    || previous.map(p -> number(p) == n).orElse(false)
                    || DatabaseLock.heldByLiveProcess(tdb2(g)) || DatabaseLock.heldByLiveProcess(restrictedTdb2(g));
            if (!keep) {
                deleteTree(g);
                removed.add(g);
            }
        }
        return removed;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    static void syncDirectory(Path dir) {
        // Makes a rename durable; some platforms cannot open a directory, and then the rename is
        // as durable as that platform makes it.
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort, see above
        }
    }
}
