package kz.esimder.convert.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written in full or not at all: the bytes go to a temporary file in the target's
 * directory (so the final move is a rename on the same file system), which replaces the target
 * only on {@link #commit()}. Closing without committing deletes the temporary file, so a crash or
 * an error never leaves a partial output that looks complete.
 */
public final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private boolean committed;

    private AtomicOutput(Path target, Path temp) throws IOException {
        this.target = target;
        this.temp = temp;
        this.stream = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
    }

    /** @throws IOException when the target's directory does not exist or cannot be written */
    public static AtomicOutput open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("cannot write " + target + ": directory " + dir + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException("cannot write " + target + ": it is a directory");
        }
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".partial");
        return new AtomicOutput(absolute, temp);
    }

    public OutputStream stream() {
        return stream;
    }

    /** Flushes, and puts the finished file in place of the target. */
    public void commit() throws IOException {
        stream.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                stream.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
