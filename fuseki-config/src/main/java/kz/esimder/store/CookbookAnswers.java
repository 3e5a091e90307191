package kz.esimder.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The cookbook's queries ({@code docs/queries/*.rq}: every person, every event… of the whole
 * dataset) answered from memory. Each is an expensive scan, the same for everybody, over data that
 * changes only with a new generation: so Fuseki computes each answer once per generation and
 * format, and every later request for it gets the bytes. Requests for an answer being computed wait
 * for it rather than compute it again. Only a {@code GET} whose sole parameter is the query, and
 * whose text is exactly a cookbook query as published, is answered here; anything else goes on to
 * Fuseki untouched. An answer that is not a complete 200 (a timeout, an error) is never kept. The
 * one computation of an answer may take {@value #TIMEOUT_FACTOR} times the public query timeout
 * (these listings of the whole dataset take longer than a visitor's query may), and only for the
 * few formats of {@link #FORMATS}, so nobody can start more than a handful of them per generation.
 */
final class CookbookAnswers implements Filter {
    /** The cookbook's files (a contract: names never change), as the site packages them. */
    static final List<String> QUERIES = List.of("persons", "events", "rehabilitation", "not-rehabilitated", "sources",
            "counts-by-year");
    static final String RESOURCE_DIR = "esimder/queries/";
    /** The request attribute that gives a cookbook computation its longer timeout ({@link ResultLimitedQuery}). */
    static final String TIMEOUT_ATTRIBUTE = "esimder.cookbook.timeout";
    /** A cookbook answer may take this many times the public query timeout: it is computed once, for everybody. */
    static final int TIMEOUT_FACTOR = 10;
    /** The formats kept (an exact Accept header); any other goes to Fuseki, so that Accept cannot multiply computations. */
    static final Set<String> FORMATS = Set.of("application/sparql-results+json", "application/sparql-results+xml",
            "application/json", "text/csv", "text/tab-separated-values");
    /** Response headers a kept answer replays; the rest (CORS, security) each request gets on its own. */
    private static final List<String> REPLAYED = List.of("Vary", "Cache-Control", "Content-Disposition", ResultLimitedQuery.LIMIT_HEADER);

    private record Key(Path generation, String query, String accept) {}

    private record Answer(String contentType, Map<String, String> headers, byte[] body) {}

    private final Set<String> cookbook;
    private final Supplier<Path> generation;
    private final Duration computeTimeout;
    private final Duration waitTimeout;
    private final long maxAnswerBytes;
    private final long maxTotalBytes;
    private final AtomicLong keptBytes = new AtomicLong();
    private final ConcurrentHashMap<Key, CompletableFuture<Answer>> answers = new ConcurrentHashMap<>();

    /**
     * @param maxAnswerBytes the largest answer kept
     * @param maxTotalBytes  all answers kept together, at most (a bound on the heap they take)
     */
    CookbookAnswers(Set<String> cookbook, Supplier<Path> generation, Duration timeout, long maxAnswerBytes, long maxTotalBytes) {
        this.cookbook = Set.copyOf(cookbook);
        this.computeTimeout = timeout.multipliedBy(TIMEOUT_FACTOR);
        this.waitTimeout = timeout;
        this.generation = generation;
        this.maxAnswerBytes = maxAnswerBytes;
        this.maxTotalBytes = maxTotalBytes;
    }

    /** The cookbook queries on the classpath (none outside the site: then nothing is answered here). */
    static Set<String> fromClasspath(ClassLoader loader) {
        Set<String> texts = new HashSet<>();
        for (String name : QUERIES) {
            try (InputStream in = loader.getResourceAsStream(RESOURCE_DIR + name + ".rq")) {
                if (in != null) texts.add(normalise(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("Cannot read the cookbook query " + name, e);
            }
        }
        return texts;
    }

    /** Line endings and surrounding blanks do not make another query. */
    static String normalise(String query) {
        return query.replace("\r\n", "\n").strip();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String query = request.getParameter("query");
        String accept = request.getHeader("Accept");
        if (cookbook.isEmpty() || !"GET".equals(request.getMethod()) || query == null || request.getParameterMap().size() != 1
                || accept == null || !FORMATS.contains(accept.strip()) || !cookbook.contains(normalise(query))) {
            chain.doFilter(req, res);
            return;
        }
        Path live = generation.get();
        Key key = new Key(live, normalise(query), accept.strip());
        CompletableFuture<Answer> mine = new CompletableFuture<>();
        CompletableFuture<Answer> existing = answers.putIfAbsent(key, mine);
        if (existing != null) {
            Answer answer;
            try {
                answer = existing.get(waitTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillComputing) {
                // Nobody waits longer than a query may take: come back when the answer is ready.
                response.setHeader("Retry-After", "10");
                HttpErrors.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        "Бұл жауап әлі дайындалуда: сәлден соң қайталаңыз.",
                        "Этот ответ ещё готовится: повторите запрос немного позже.",
                        "This answer is still being prepared: ask again in a little while.");
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while waiting for a cookbook answer", e);
            } catch (ExecutionException e) {
                answer = null;
            }
            if (answer != null) {
                replay(answer, response);
                return;
            }
            chain.doFilter(req, res); // the first attempt failed: this request tries on its own
            return;
        }
        if (answers.keySet().removeIf(k -> !k.generation().equals(live))) keptBytes.set(0); // a replaced generation's
        BufferedResponse buffered = new BufferedResponse(response, maxAnswerBytes);
        request.setAttribute(TIMEOUT_ATTRIBUTE, computeTimeout);
        Answer kept = null;
        try {
            chain.doFilter(req, buffered);
            byte[] body = buffered.body();
            if (buffered.complete() && body.length <= maxAnswerBytes && keptBytes.addAndGet(body.length) <= maxTotalBytes) {
                Map<String, String> headers = new LinkedHashMap<>();
                for (String h : REPLAYED) if (response.getHeader(h) != null) headers.put(h, response.getHeader(h));
                kept = new Answer(response.getContentType(), headers, body);
            }
            else if (buffered.complete() && body.length <= maxAnswerBytes) keptBytes.addAndGet(-body.length);
            buffered.sendTo(response);
        } finally {
            if (kept == null) answers.remove(key, mine);
            mine.complete(kept);
        }
    }

    private static void replay(Answer answer, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        if (answer.contentType() != null) response.setContentType(answer.contentType());
        answer.headers().forEach(response::setHeader);
        response.setContentLengthLong(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    int answersKept() {
        return (int) answers.values().stream().filter(f -> f.isDone() && f.join() != null).count();
    }
}
