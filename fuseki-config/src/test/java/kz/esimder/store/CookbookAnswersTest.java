package kz.esimder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cookbook queries (copies of docs/queries/persons.rq and counts-by-year.rq in the test
 * resources, where the site packages them) are answered once per generation and format, then from
 * memory, with the same bytes Fuseki gave; any other query, or a cookbook query with other
 * parameters, still goes to Fuseki.
 */
class CookbookAnswersTest {
    private static final String JSON = "application/sparql-results+json";
    @TempDir static Path dir;
    static JettyEndpoint endpoint;
    static String persons;

    @BeforeAll
    static void start() throws Exception {
        endpoint = JettyEndpoint.withTestData(dir, StoreSettings.builder());
        try (InputStream in = CookbookAnswersTest.class.getResourceAsStream("/esimder/queries/persons.rq")) {
            persons = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        endpoint.close();
    }

    @Test
    void aCookbookQueryIsAnsweredOnceThenFromMemoryWithTheSameAnswer() throws IOException {
        HttpResponse<String> first = Http.query(endpoint.sparql(), persons, JSON);
        HttpResponse<String> second = Http.query(endpoint.sparql(), persons, JSON);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        ResultSet rows = ResultSetMgr.read(new java.io.ByteArrayInputStream(second.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        assertThat(rows.getResultVars()).containsExactly("person", "name", "birthYear", "birthPlace", "nationality");
        assertThat(ResultSetFactory.makeRewindable(rows).size()).isEqualTo(5);

        HttpResponse<String> csv = Http.query(endpoint.sparql(), persons, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("person,name,birthYear,birthPlace,nationality");
        assertThat(Http.query(endpoint.sparql(), persons, "text/csv").body()).isEqualTo(csv.body());
    }

    @Test
    void otherQueriesAndOtherParametersGoToFuseki() {
        HttpResponse<String> other = Http.query(endpoint.sparql(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", JSON);
        assertThat(other.statusCode()).isEqualTo(200);
        HttpResponse<String> withGraph = Http.get(endpoint.sparql() + "?query=" + Http.enc(persons)
                + "&default-graph-uri=" + Http.enc("http://localhost:8080/graph/nothing"), JSON);
        assertThat(withGraph.statusCode()).isEqualTo(200);
        assertThat(withGraph.body()).doesNotContain("\"person\" : {"); // the empty graph: no rows, not the cached answer
    }

    private static final String Q = "SELECT ?n { ?s ?p ?n }";

    @Test
    void aKeptAnswerIsReplayedWithoutAskingFusekiAgainUntilTheGenerationChanges() throws Exception {
        Path[] live = {dir.resolve("gen-000001")};
        CookbookAnswers filter = new CookbookAnswers(Set.of(Q), () -> live[0], java.time.Duration.ofSeconds(1), 1 << 20, 1 << 20);
        AtomicInteger asked = new AtomicInteger();
        FilterChain fuseki = (req, res) -> {
            asked.incrementAndGet();
            if (!"SELECT * { ?s ?p ?o }".equals(req.getParameter("query"))) {
                assertThat(req.getAttribute(CookbookAnswers.TIMEOUT_ATTRIBUTE)).as("computed once, with 10x the timeout")
                        .isEqualTo(java.time.Duration.ofSeconds(10));
            }
            res.setContentType(JSON);
            ((HttpServletResponse) res).setHeader(ResultLimitedQuery.LIMIT_HEADER, "100000");
            res.getOutputStream().write("{\"answer\": 1}".getBytes(StandardCharsets.UTF_8));
        };
        FakeResponse first = get(filter, fuseki, " " + Q + "\r\n");
        FakeResponse second = get(filter, fuseki, Q);
        assertThat(asked).hasValue(1);
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).isEqualTo("{\"answer\": 1}");
        assertThat(second.getContentType()).isEqualTo(JSON);
        assertThat(second.getHeader(ResultLimitedQuery.LIMIT_HEADER)).isEqualTo("100000");
        assertThat(filter.answersKept()).isEqualTo(1);

        live[0] = dir.resolve("gen-000002");
        get(filter, fuseki, Q);
        assertThat(asked).as("a new generation is asked afresh").hasValue(2);
        get(filter, fuseki, "SELECT * { ?s ?p ?o }");
        assertThat(asked).as("a query not in the cookbook always goes to Fuseki").hasValue(3);
    }

    @Test
    void anAnswerCutShortByTheTimeoutIsSentAsTheErrorAndNotKept() throws Exception {
        CookbookAnswers filter = new CookbookAnswers(Set.of(Q), () -> dir, java.time.Duration.ofSeconds(1), 1 << 20, 1 << 20);
        AtomicInteger asked = new AtomicInteger();
        FilterChain stopped = (req, res) -> {
            asked.incrementAndGet();
            res.setContentType(JSON);
            res.getOutputStream().write("{\"head\": {\"vars\": [\"n\"]}, \"results\": {\"bindings\": [".getBytes(StandardCharsets.UTF_8));
            ((HttpServletResponse) res).sendError(503, "Query cancelled: timeout");
        };
        FakeResponse cut = get(filter, stopped, Q);
        assertThat(cut.getStatus()).isEqualTo(503);
        assertThat(cut.getContentAsString()).doesNotContain("bindings");
        get(filter, stopped, Q);
        assertThat(asked).as("nothing was kept: the next request asks again").hasValue(2);
        assertThat(filter.answersKept()).isZero();
    }

    @Test
    void anAnswerLargerThanTheLimitStreamsThroughWholeAndIsNotKept() throws Exception {
        CookbookAnswers filter = new CookbookAnswers(Set.of(Q), () -> dir, java.time.Duration.ofSeconds(1), 1000, 1 << 20);
        String big = "x".repeat(5000);
        AtomicInteger asked = new AtomicInteger();
        FilterChain fuseki = (req, res) -> {
            asked.incrementAndGet();
            res.setContentType(JSON);
            for (int i = 0; i < 5; i++) res.getOutputStream().write(big.substring(i * 1000, (i + 1) * 1000).getBytes(StandardCharsets.UTF_8));
        };
        assertThat(get(filter, fuseki, Q).getContentAsString()).isEqualTo(big);
        assertThat(get(filter, fuseki, Q).getContentAsString()).isEqualTo(big);
        assertThat(asked).as("too large to keep: asked each time").hasValue(2);
        assertThat(filter.answersKept()).isZero();
    }

    private static FakeResponse get(CookbookAnswers filter, FilterChain chain, String query) throws Exception {
        Map<String, String[]> parameters = Map.of("query", new String[] {query});
        Map<String, Object> attributes = new java.util.HashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass0(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "GET";
                    case "getParameter" -> parameters.containsKey(args[0]) ? parameters.get(args[0])[0] : null;
                    case "getParameterMap" -> parameters;
                    case "getHeader" -> "Accept".equalsIgnoreCase((String) args[0]) ? JSON : null;
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getAttribute" -> attributes.get(args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        FakeResponse response = new FakeResponse();
        filter.doFilter(request, response.proxy(), chain);
        return response;
    }

    private static ClassLoader getClass0() {
        return CookbookAnswersTest.class.getClassLoader();
    }

    /** Just what the filter and a servlet writing an answer use of a response. */
    static final class FakeResponse {
        int status = 200;
        String contentType;
        final Map<String, String> headers = new java.util.HashMap<>();
        final java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();

        int getStatus() { return status; }
        String getContentType() { return contentType; }
        String getHeader(String name) { return headers.get(name); }
        String getContentAsString() { return body.toString(StandardCharsets.UTF_8); }

        HttpServletResponse proxy() {
            jakarta.servlet.ServletOutputStream out = new jakarta.servlet.ServletOutputStream() {
                @Override public boolean isReady() { return true; }
                @Override public void setWriteListener(jakarta.servlet.WriteListener l) { }
                @Override public void write(int b) { body.write(b); }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(getClass0(), new Class<?>[] {HttpServletResponse.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "setStatus" -> { status = (Integer) args[0]; yield null; }
                        case "getStatus" -> status;
                        case "sendError" -> { status = (Integer) args[0]; body.reset(); yield null; }
                        case "setContentType" -> { contentType = (String) args[0]; yield null; }
                        case "getContentType" -> contentType;
                        case "setHeader" -> { headers.put((String) args[0], (String) args[1]); yield null; }
                        case "getHeader" -> headers.get(args[0]);
                        case "getCharacterEncoding" -> "UTF-8";
                        case "setContentLengthLong", "setContentLength", "flushBuffer", "resetBuffer" -> null;
                        case "reset" -> { headers.clear(); contentType = null; status = 200; yield null; }
                        case "isCommitted" -> false;
                        case "getOutputStream" -> out;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}
