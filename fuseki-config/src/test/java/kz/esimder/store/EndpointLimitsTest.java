package kz.esimder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Timeout, result-size limit, per-client concurrency cap, and request logs without personal data. */
class EndpointLimitsTest {
    /** A five-way cross join: about 10^11 rows on the test data, stopped only by the timeout. */
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o }";
    static final String SIMPLE = "ASK { <" + TestData.AGEEV + "> ?p ?o }";

    @TempDir static Path dir;
    static JettyEndpoint endpoint;

    @BeforeAll
    static void start() throws Exception {
        endpoint = JettyEndpoint.withTestData(dir, StoreSettings.builder()
                .queryTimeout(Duration.ofSeconds(2)).resultLimit(50).maxConcurrentPerClient(2));
    }

    @AfterAll
    static void stop() throws Exception {
        endpoint.close();
    }

    @Test
    void aRunawayQueryIsStoppedAtTheTimeoutWhileASimpleQueryStillAnswers() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<HttpResponse<String>> runaway = pool.submit(() -> Http.query(endpoint.sparql(), RUNAWAY, "application/sparql-results+json"));
            // While the runaway query runs, a simple one is answered.
            HttpResponse<String> simple = Http.query(endpoint.sparql(), SIMPLE, "application/sparql-results+json");
            assertThat(simple.statusCode()).isEqualTo(200);
            assertThat(simple.body()).contains("true");
            assertThat(runaway.isDone()).as("the runaway query is still running when the simple one is answered").isFalse();
            HttpResponse<String> stopped = runaway.get(60, TimeUnit.SECONDS);
            assertThat(stopped.statusCode()).isEqualTo(503);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void resultsAreCappedAtTheLimitAndTheResponseSaysSo() {
        HttpResponse<String> r = Http.query(endpoint.sparql(), "SELECT * { GRAPH ?g { ?s ?p ?o } }", "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().lines().count()).isEqualTo(1 + 50);
        assertThat(r.headers().firstValue(ResultLimitedQuery.LIMIT_HEADER)).contains("50");
        HttpResponse<String> small = Http.query(endpoint.sparql(), "SELECT * { GRAPH ?g { ?s ?p ?o } } LIMIT 7", "text/csv");
        assertThat(small.body().lines().count()).isEqualTo(1 + 7);
        assertThat(small.headers().firstValue(ResultLimitedQuery.LIMIT_HEADER)).isEmpty();
    }

    @Test
    void oneClientGetsAtMostItsShareOfConcurrentQueries() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> calls = List.of(
                    pool.submit(() -> { go.await(); return Http.query(endpoint.sparql(), RUNAWAY, "text/csv"); }),
                    pool.submit(() -> { go.await(); return Http.query(endpoint.sparql(), RUNAWAY, "text/csv"); }),
                    pool.submit(() -> { go.await(); return Http.query(endpoint.sparql(), RUNAWAY, "text/csv"); }));
            go.countDown();
            List<Integer> codes = calls.stream().map(f -> {
                try {
                    return f.get(60, TimeUnit.SECONDS).statusCode();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            // Three at once from one client with a cap of two: at least one is turned away at once.
            assertThat(codes).contains(429);
            assertThat(codes).allMatch(c -> c == 429 || c == 503);
        } finally {
            pool.shutdownNow();
        }
        // The slots are given back.
        assertThat(Http.query(endpoint.sparql(), SIMPLE, "text/csv").statusCode()).isEqualTo(200);
    }

    @Test
    void infoLogsCarryNoQueryTextNamesOrIris() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        appender.start();
        root.addAppender(appender);
        Level rootLevel = root.getLevel();
        root.setLevel(Level.INFO);
        try {
            String query = PublicEndpointProtocolTest.PREFIXES
                    + "SELECT ?p { ?p esm:surname \"Агеев\" . FILTER(?p = <" + TestData.AGEEV + ">) }";
            assertThat(Http.query(endpoint.sparql(), query, "application/sparql-results+json").statusCode()).isEqualTo(200);
            assertThat(Http.post(endpoint.sparql(), "application/sparql-query", query).statusCode()).isEqualTo(200);
        } finally {
            root.detachAppender(appender);
            root.setLevel(rootLevel);
        }
        List<String> info = appender.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
                .map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(info).anyMatch(m -> m.contains("GET /sparql 200"));
        assertThat(info).noneMatch(m -> m.contains("Агеев") || m.contains("kz-records-1") || m.contains("surname")
                || m.contains("query=") || m.contains("SELECT") || m.contains("%D0"));
    }
}
