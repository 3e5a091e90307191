package kz.esimder.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cookbook's answers of the live generation, kept on disk in the generation's directory
 * ({@code gen-NNNNNN/cookbook/}, beside its public database, never in its {@code restricted/} part):
 * when a generation goes live (and for the one live at start) each answer missing there is computed
 * once, in the background, on one low-priority thread, one query at a time, while nobody waits on
 * it. A restart finds them there; a new generation gets its own. The queries run over the public
 * dataset that {@code /sparql} serves, so restricted data cannot reach them.
 */
final class PreparedAnswers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PreparedAnswers.class);
    /** A cookbook answer may take this many times the public query timeout: it is computed once, for everybody… */
    static final int TIMEOUT_FACTOR = 10;
    /** …and at least this long: it runs in the background, where the only cost of time is one thread. */
    static final Duration MIN_TIMEOUT = Duration.ofMinutes(10);

    /** Where an answer of the live generation stands. */
    enum State { PREPARING, READY, FAILED }

    /** One answer of the live generation; {@code file} only when ready; {@code limit} the result limit it was cut at, 0 if none. */
    record Answer(State state, Path generation, Path file, long limit) {}

    private record Live(Path generation, DatasetGraph dataset, Set<String> failed) {}

    private final Map<String, CookbookQuery> byText;
    private final List<CookbookQuery> queries;
    private final Set<String> limited;
    private final AnswerPreparer preparer;
    private final Executor executor;
    /** Held while a computation runs in a transaction, so a switch of generation can wait until it has let go. */
    private final ReentrantLock computing = new ReentrantLock();
    private volatile Live live;
    private volatile QueryExec running;
    private volatile boolean closed;
    private Runnable unsubscribe = () -> {};

    PreparedAnswers(List<CookbookQuery> queries, AnswerPreparer preparer, Executor executor) {
        this.queries = List.copyOf(queries);
        this.byText = queries.stream().collect(Collectors.toUnmodifiableMap(CookbookQuery::text, Function.identity()));
        this.limited = queries.stream().filter(preparer::limited).map(CookbookQuery::name).collect(Collectors.toUnmodifiableSet());
        this.preparer = preparer;
        this.executor = executor;
    }

    /** Prepares the answers of {@code store}'s live generation, and of each later one, on {@code executor}. */
    static PreparedAnswers start(LiveStore store, List<CookbookQuery> queries, Executor executor) {
        StoreSettings settings = store.settings();
        Duration timeout = settings.queryTimeout().multipliedBy(TIMEOUT_FACTOR);
        PreparedAnswers answers = new PreparedAnswers(queries,
                new AnswerPreparer(timeout.compareTo(MIN_TIMEOUT) < 0 ? MIN_TIMEOUT : timeout, settings.resultLimit()), executor);
        if (!queries.isEmpty()) {
            Runnable stopLive = store.whenLive(answers::live);
            Runnable stopChanged = store.whenChanged(answers::changed);
            answers.unsubscribe = () -> {
                stopLive.run();
                stopChanged.run();
            };
        }
        return answers;
    }

    /** The one background thread: a daemon at the lowest priority (a hint the JVM may ignore; one thread is the real bound). */
    static ExecutorService backgroundThread() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "esimder-cookbook");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
    }

    /** {@code generation} is now live: stop the previous one's computation and prepare this one's answers in the background. */
    void live(Path generation, DatasetGraph dataset) {
        Live next = new Live(generation, dataset, ConcurrentHashMap.newKeySet());
        live = next;
        whileStopped(() -> {});
        executor.execute(() -> prepareAll(next));
    }

    /**
     * The live generation's data changed in place ({@link LiveStore#changed()}): its
     * answers no longer hold. They are removed (once no computation is writing them) and prepared again.
     */
    void changed() {
        Live now = live;
        if (now == null || closed) return;
        Live next = new Live(now.generation(), now.dataset(), ConcurrentHashMap.newKeySet());
        live = next;
        whileStopped(() -> queries.forEach(query -> remove(StoreLayout.cookbook(now.generation()), query)));
        executor.execute(() -> prepareAll(next));
    }

    /** The answer to a cookbook query's text in {@code format}, or empty if the text is not one of the cookbook's. */
    Optional<Answer> answer(String queryText, AnswerFormat format) {
        CookbookQuery query = byText.get(CookbookQuery.normalise(queryText));
        Live now = live;
        if (query == null || now == null) return Optional.empty();
        Path file = preparer.file(StoreLayout.cookbook(now.generation()), query, format);
        long limit = limited.contains(query.name()) ? preparer.resultLimit() : 0;
        if (Files.isRegularFile(file)) return Optional.of(new Answer(State.READY, now.generation(), file, limit));
        State state = now.failed().contains(query.name()) ? State.FAILED : State.PREPARING;
        return Optional.of(new Answer(state, now.generation(), null, limit));
    }

    private void prepareAll(Live generation) {
        Path dir = StoreLayout.cookbook(generation.generation());
        try {
            Files.createDirectories(dir);
            removeStale(dir);
        } catch (IOException e) {
            LOG.warn("Cannot keep the cookbook answers in {} ({}): Fuseki answers those queries", dir, e.toString());
            queries.forEach(q -> generation.failed().add(q.name()));
            return;
        }
        for (CookbookQuery query : queries) {
            if (live != generation || closed) return; // a newer generation took over
            if (prepared(dir, query)) continue;
            computing.lock();
            try {
                if (live != generation || closed) return;
                long start = System.nanoTime();
                preparer.prepare(generation.dataset(), query, dir, exec -> running = exec);
                if (live != generation) {
                    // Computed from data that changed meanwhile (see changed()): never to be served.
                    if (live.generation().equals(generation.generation())) remove(dir, query);
                    return;
                }
                LOG.info("Cookbook answer {} prepared for {} in {} ms", query.name(), generation.generation().getFileName(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            } catch (IOException | RuntimeException e) {
                if (live == generation && !closed) {
                    generation.failed().add(query.name());
                    LOG.warn("Cookbook answer {} could not be prepared ({}): Fuseki answers it", query.name(), e.toString());
                }
            } finally {
                computing.unlock();
            }
        }
    }

    private boolean prepared(Path dir, CookbookQuery query) {
        for (AnswerFormat format : AnswerFormat.values()) {
            if (!Files.isRegularFile(preparer.file(dir, query, format))) return false;
        }
        return true;
    }

    private void remove(Path dir, CookbookQuery query) {
        for (AnswerFormat format : AnswerFormat.values()) {
            try {
                Files.deleteIfExists(preparer.file(dir, query, format));
            } catch (IOException e) {
                LOG.warn("Cannot remove the outdated cookbook answer {} ({})", query.name(), e.toString());
            }
        }
    }

    /** Removes what a crash left half-written and the files of queries or limits no longer served. */
    private void removeStale(Path dir) throws IOException {
        Set<Path> current = new HashSet<>();
        for (CookbookQuery query : queries) {
            for (AnswerFormat format : AnswerFormat.values()) current.add(preparer.file(dir, query, format));
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, Files::isRegularFile)) {
            for (Path file : files) {
                if (!current.contains(file)) Files.deleteIfExists(file);
            }
        }
    }

    /**
     * Aborts the running computation and runs {@code action} once it has let go of its transaction
     * and files (waiting 10 s at most; then {@code action} runs anyway). Aborted again each round:
     * it may have started after the first.
     */
    private void whileStopped(Runnable action) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        boolean locked = false;
        try {
            while (!locked && System.nanoTime() < deadline) {
                QueryExec exec = running;
                if (exec != null) exec.abort();
                locked = computing.tryLock(100, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            action.run();
        } finally {
            if (locked) computing.unlock();
        }
    }

    @Override
    public void close() {
        closed = true;
        unsubscribe.run();
        whileStopped(() -> {});
        if (executor instanceof ExecutorService service) service.shutdownNow();
    }
}
