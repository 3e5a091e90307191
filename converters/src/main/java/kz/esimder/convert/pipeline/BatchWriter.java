package kz.esimder.convert.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import kz.esimder.convert.map.MappedRecord;
import kz.esimder.convert.map.RecordMapper;
import kz.esimder.convert.read.RawRecord;
import kz.esimder.convert.record.RecordInterpreter;
import kz.esimder.convert.record.SourceLocation;
import kz.esimder.convert.record.VictimRecord;
import kz.esimder.convert.report.ConversionReport;
import kz.esimder.convert.report.ReportedProblem;
import kz.esimder.convert.validate.RecordValidator;
import kz.esimder.convert.validate.Violation;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Interprets, maps and validates batches of records on a pool of worker threads, and writes them
 * (those that conform) and reports them strictly in source order on one writer thread. At most
 * {@code 2 × workers + 1} batches are in flight, so memory stays flat whatever the input, and the
 * output and the report's order are the same whatever the number of workers. When the output is
 * an {@link EncodedQuadsSink}, each worker also encodes the quads of its batch's conforming records
 * (while they are still in its core's cache), and the writer thread only copies the bytes.
 */
final class BatchWriter implements AutoCloseable {

    /** One part of a batch, in source order: a raw record, a part of the input rejected unread, or a problem in what was read. */
    record Part(RawRecord raw, ReportedProblem rejection, ReportedProblem problem) {
        static Part record(RawRecord raw) {
            return new Part(raw, null, null);
        }

        static Part rejected(ReportedProblem why) {
            return new Part(null, why, null);
        }

        static Part problem(ReportedProblem p) {
            return new Part(null, null, p);
        }
    }

    /** One part after interpretation: converted and mapped, rejected (unreadable, uninterpretable), or a problem. */
    private record Item(VictimRecord record, MappedRecord mapped, ReportedProblem rejection, ReportedProblem problem) {}

    /**
     * A batch ready to write: its items, by index among the mapped ones their violations, and the
     * conforming records' quads already encoded (null when the output takes only quads).
     */
    private record Checked(List<Item> items, Map<Integer, List<Violation>> violations, EncodedQuads encoded) {}

    private final RecordInterpreter interpreter;
    private final RecordValidator validator;
    private final StreamRDF out;
    /** The output when it takes encoded quads, else null. */
    private final EncodedQuadsSink encodedOut;
    /** Each worker's own encoder: its table of recent terms is not shared. */
    private final ThreadLocal<QuadEncoder> encoders;
    /**
     * Written batches' byte arrays, emptied, for the next batches. Allocated anew (a few MiB a
     * batch, which outlive young collections while in flight) they filled the old generation:
     * 61 full collections instead of 17 on 100,000 rows. No more than the batches in flight.
     */
    private final BlockingQueue<EncodedQuads> spare;
    private final ConversionReport report;
    private final LongConsumer progress;
    private final ExecutorService workers;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> daemon(r, "esimder-write"));
    private final Semaphore inFlight;
    private final Deque<Future<?>> writes = new ArrayDeque<>();
    private volatile boolean failed;
    private long handled;
    private volatile boolean sawSyntheticRecord;

    BatchWriter(RecordInterpreter interpreter, RecordValidator validator, int workers, StreamRDF out,
                ConversionReport report, LongConsumer progress) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        this.interpreter = interpreter;
        this.validator = validator;
        this.out = out;
        this.encodedOut = out instanceof EncodedQuadsSink sink ? sink : null;
        this.encoders = encodedOut == null ? null : ThreadLocal.withInitial(encodedOut::encoder);
        this.report = report;
        this.progress = progress;
        this.workers = Executors.newFixedThreadPool(workers, r -> daemon(r, "esimder-convert"));
        this.inFlight = new Semaphore(2 * workers + 1);
        this.spare = new ArrayBlockingQueue<>(2 * workers + 1);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Hands a batch over, waiting while too many are in flight; a failure of an earlier batch is rethrown here. */
    void submit(List<Part> batch, RecordMapper mapper, MappedRecord source) {
        if (batch.isEmpty()) {
            return;
        }
        rethrowFinished();
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting", e);
        }
        List<Part> parts = List.copyOf(batch);
        Future<Checked> checked = workers.submit(() -> check(parts, mapper, source));
        writes.add(writer.submit(() -> {
            try {
                if (!failed) {
                    write(get(checked));
                }
            } catch (RuntimeException | Error e) {
                failed = true; // nothing after a failed batch may be written
                throw e;
            } finally {
                inFlight.release();
            }
        }));
    }

    /** Waits until every batch handed over is written; a failure in one is rethrown here. */
    void await() {
        while (!writes.isEmpty()) {
            get(writes.removeFirst());
        }
    }

    /** Whether a record written so far said it was generated by {@code esimder generate} ({@link #await()} first for all of them). */
    boolean sawSyntheticRecord() {
        return sawSyntheticRecord;
    }

    private void rethrowFinished() {
        while (!writes.isEmpty() && writes.peekFirst().isDone()) {
            get(writes.removeFirst());
        }
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Checked check(List<Part> parts, RecordMapper mapper, MappedRecord source) {
        List<Item> items = new ArrayList<>(parts.size());
        List<MappedRecord> mapped = new ArrayList<>(parts.size());
        EncodedBatch encoded = encodedOut == null ? null : new EncodedBatch(encoders.get(), emptyBytes());
        for (Part p : parts) {
            Item item = p.raw() == null ? new Item(null, null, p.rejection(), p.problem()) : interpret(p.raw(), mapper);
            if (item.mapped() != null) {
                mapped.add(item.mapped());
                if (encoded != null) {
                    encoded.add(item.mapped());
                }
            }
            items.add(item);
        }
        Map<Integer, List<Violation>> violations = mapped.isEmpty() ? Map.of() : validator.validateBatch(mapped, source);
        if (encoded == null) {
            return new Checked(items, violations, null);
        }
        // Written as bytes, the quads are no longer needed: the batch waits for the writer without them.
        items.replaceAll(i -> i.mapped() == null ? i : new Item(i.record(), null, null, null));
        return new Checked(items, violations, encoded.without(violations.keySet()));
    }

    private EncodedQuads emptyBytes() {
        EncodedQuads bytes = spare.poll();
        return bytes == null ? new EncodedQuads(1 << 16) : bytes;
    }

    private Item interpret(RawRecord raw, RecordMapper mapper) {
        try {
            VictimRecord record = interpreter.interpret(raw);
            return new Item(record, mapper.map(record), null, null);
        } catch (RuntimeException e) {
            // A normaliser or mapper bug must cost one record, reported, never the run.
            return new Item(null, null, new ReportedProblem(raw.file(), raw.line(), "record", raw.verbatim(),
                    "could not be interpreted: " + e.getClass().getSimpleName() + ": " + e.getMessage()), null);
        }
    }

    private void write(Checked batch) {
        if (batch.encoded() != null) {
            encodedOut.write(batch.encoded());
            batch.encoded().truncate(0);
            spare.offer(batch.encoded());
        }
        int m = 0;
        for (Item item : batch.items()) {
            if (item.problem() != null) {
                report.problem(item.problem()); // everything was read; something about it is doubtful
                continue;
            }
            if (item.rejection() != null) {
                report.rejected(item.rejection());
            } else {
                List<Violation> v = batch.violations().get(m++);
                if (v == null) {
                    if (batch.encoded() == null) {
                        write(item.mapped(), out);
                    }
                    report.converted(item.record());
                    sawSyntheticRecord |= SyntheticMarker.isSynthetic(item.record().source().sourceName());
                } else {
                    SourceLocation at = item.record().source();
                    report.rejected(new ReportedProblem(at.file(), at.line(), "record", at.verbatim(),
                            "does not conform to the shapes: " + describe(v)));
                }
            }
            progress.accept(++handled);
        }
    }

    static void write(MappedRecord mapped, StreamRDF out) {
        Node g = mapped.graphName();
        for (Triple t : mapped.triples()) {
            out.quad(Quad.create(g, t));
        }
    }

    static String describe(List<Violation> violations) {
        return violations.stream().map(Violation::describe).distinct().collect(Collectors.joining("; "));
    }

    @Override
    public void close() {
        try {
            await();
        } finally {
            workers.shutdownNow();
            writer.shutdownNow();
        }
    }
}
