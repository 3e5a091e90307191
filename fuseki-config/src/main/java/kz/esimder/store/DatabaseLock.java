package kz.esimder.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a TDB2 database is open somewhere, so that cleaning up never deletes one a live server
 * reads. TDB2 writes the id of the process that opened a database into {@code tdb.lock} and holds
 * an OS lock on that file while it is open; the id stays after release. In this JVM the open
 * databases are tracked directly (probing our own lock could release it: POSIX locks are per
 * process).
 */
final class DatabaseLock {
    private static final Set<Path> OPEN_HERE = ConcurrentHashMap.newKeySet();

    private DatabaseLock() {}

    static void openedHere(Path tdb2Location) { OPEN_HERE.add(key(tdb2Location)); }
    static void closedHere(Path tdb2Location) { OPEN_HERE.remove(key(tdb2Location)); }

    private static Path key(Path p) { return p.toAbsolutePath().normalize(); }

    static boolean heldByLiveProcess(Path tdb2Location) {
        if (OPEN_HERE.contains(key(tdb2Location))) return true;
        Path lock = tdb2Location.resolve("tdb.lock");
        if (!Files.isRegularFile(lock)) return false;
        long pid;
        try {
            pid = Long.parseLong(Files.readString(lock, StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException e) {
            return true; // unreadable: assume held rather than delete a database in use
        }
        if (pid == ProcessHandle.current().pid()) return false; // not in OPEN_HERE: released
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) return false;
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock probe = ch.tryLock();
            if (probe == null) return true;
            probe.release();
            return false;
        } catch (OverlappingFileLockException | IOException e) {
            return true;
        }
    }
}
