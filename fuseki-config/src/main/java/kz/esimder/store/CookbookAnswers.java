package kz.esimder.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
 * Fuseki untouched. An answer that is not a complete 200 (a timeout, an error) is never kept.
 */
final class CookbookAnswers implements Filter {
    /** The cookbook's files (a contract: names never change), as the site packages them. */
    static final List<String> QUERIES = List.of("persons", "events", "rehabilitation", "not-rehabilitated", "sources",
            "counts-by-year");
    static final String RESOURCE_DIR = "esimder/queries/";
    /** Response headers a kept answer replays; the rest (CORS, security) each request gets on its own. */
    private static final List<String> REPLAYED = List.of("Vary", "Cache-Control", "Content-Disposition", ResultLimitedQuery.LIMIT_HEADER);

    private record Key(Path generation, String query, String accept) {}

    private record Answer(String contentType, Map<String, String> headers, byte[] body) {}

    private final Set<String> cookbook;
    private final Supplier<Path> generation;
    private final long maxAnswerBytes;
    private final long maxTotalBytes;
    private final AtomicLong keptBytes = new AtomicLong();
    private final ConcurrentHashMap<Key, CompletableFuture<Answer>> answers = new ConcurrentHashMap<>();

    /**
     * @param maxAnswerBytes the largest answer kept
     * @param maxTotalBytes  all answers kept together, at most (a bound on the heap they take)
     */
    CookbookAnswers(Set<String> cookbook, Supplier<Path> generation, long maxAnswerBytes, long maxTotalBytes) {
        this.cookbook = Set.copyOf(cookbook);
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
        if (cookbook.isEmpty() || !"GET".equals(request.getMethod()) || query == null || request.getParameterMap().size() != 1
                || !cookbook.contains(normalise(query))) {
            chain.doFilter(req, res);
            return;
        }
        Path live = generation.get();
        Key key = new Key(live, normalise(query), String.valueOf(request.getHeader("Accept")));
        CompletableFuture<Answer> mine = new CompletableFuture<>();
        CompletableFuture<Answer> existing = answers.putIfAbsent(key, mine);
        if (existing != null) {
            Answer answer = existing.join();
            if (answer != null) {
                replay(answer, response);
                return;
            }
            chain.doFilter(req, res); // the first attempt failed: this request tries on its own
            return;
        }
        if (answers.keySet().removeIf(k -> !k.generation().equals(live))) keptBytes.set(0); // a replaced generation's
        BufferedResponse buffered = new BufferedResponse(response);
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
