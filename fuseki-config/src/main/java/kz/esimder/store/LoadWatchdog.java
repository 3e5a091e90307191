package kz.esimder.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToLongFunction;

/**
 * Runs the building of a generation on a worker thread and watches the disk while it runs. A disk
 * that fills up during a load (another process writing, or an estimate that fell short) does not
 * make Jena's bulk loader fail: its worker threads die on the failed write and the thread feeding
 * them waits for ever. So the load is failed from outside, as soon as either
 * <ul>
 * <li>the free space of the generation's filesystem falls under {@link #MIN_FREE_BYTES} (a write
 *     is about to fail, or has), or</li>
 * <li>a thread dies of an I/O failure (an {@link IOException} in its causes, or the
 *     {@link InternalError} the JVM raises when a write to a memory-mapped file faults).</li>
 * </ul>
 * The worker is then interrupted and abandoned (a stuck bulk loader cannot be stopped); the caller
 * removes the half-built generation, and {@code current} was never touched.
 */
final class LoadWatchdog {
    /** Under this much free space the load stops: TDB2 grows its files in steps of a few megabytes. */
    static final long MIN_FREE_BYTES = 16L << 20;
    private static final long POLL_MILLIS = 200;
    private static final long STOP_WAIT_MILLIS = 10_000;

    private final Path watched;
    private final ToLongFunction<Path> freeSpace;

    LoadWatchdog(Path watched, ToLongFunction<Path> freeSpace) {
        this.watched = watched;
        this.freeSpace = freeSpace;
    }

    /** Runs {@code work} and returns its result, or throws {@link DiskFullException} when the disk fills up or a write fails. */
    <T> T run(Callable<T> work) throws Exception {
        AtomicReference<Throwable> died = new AtomicReference<>();
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        // The bulk loader's threads have no handler of their own: their death reaches the default one.
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            if (isWriteFailure(e)) {
                died.compareAndSet(null, e); // reported once, in one line, by the load itself
            } else if (previous != null) {
                previous.uncaughtException(t, e);
            } else {
                System.err.print("Exception in thread \"" + t.getName() + "\" ");
                e.printStackTrace(System.err);
            }
        });
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "esimder-load");
        worker.setDaemon(true);
        try {
            worker.start();
            while (true) {
                try {
                    return result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (isWriteFailure(cause)) throw writeFailed(cause);
                    if (cause instanceof Exception x) throw x;
                    if (cause instanceof Error x) throw x;
                    throw e;
                } catch (TimeoutException stillRunning) {
                    long free = freeSpace.applyAsLong(watched);
                    if (free < MIN_FREE_BYTES || died.get() != null) {
                        worker.interrupt();
                        // Let a worker that can still stop do so before its generation is removed;
                        // a stuck bulk loader does not, and is left behind.
                        worker.join(STOP_WAIT_MILLIS);
                        throw writeFailed(died.get());
                    }
                }
            }
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
    }

    private DiskFullException writeFailed(Throwable cause) {
        long free = freeSpace.applyAsLong(watched);
        String what = free < MIN_FREE_BYTES ? "The disk filled up during the load" : "A write failed during the load";
        return new DiskFullException(what + " (" + free / (1 << 20) + " MB free on the filesystem of " + watched + ")"
                + (cause == null ? "" : ": " + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage()))
                + "; the live data is unchanged", cause);
    }

    /** An I/O failure somewhere in the causes, or a fault writing a memory-mapped file. */
    static boolean isWriteFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException || t instanceof java.io.UncheckedIOException || t instanceof InternalError) return true;
        }
        return false;
    }

    /** The load stopped because the disk filled up, or a write to it failed. */
    static final class DiskFullException extends LoadException {
        DiskFullException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
