package kz.esimder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cookbook queries (copies of docs/queries/persons.rq and counts-by-year.rq in the test
 * resources, where the site packages them) are prepared on disk in the generation, in the
 * background (here: when the test runs the queued work), then served from those files, gzip or
 * plain, with the rows Fuseki computes for the same query; until then 503 with Retry-After.
 */
class CookbookAnswersTest {
    private static final String JSON = "application/sparql-results+json";
    @TempDir Path dir;
    private final ByHand background = new ByHand();
    private JettyEndpoint endpoint;

    /** The background thread, run by the test: nothing is prepared until {@link #runAll()}. */
    static final class ByHand implements Executor {
        private final Queue<Runnable> queued = new ArrayDeque<>();

        @Override public synchronized void execute(Runnable task) { queued.add(task); }

        void runAll() {
            Runnable task;
            while ((task = next()) != null) task.run();
        }

        private synchronized Runnable next() { return queued.poll(); }
    }

    @BeforeEach
    void start() throws Exception {
        endpoint = JettyEndpoint.withTestData(dir, StoreSettings.builder().adminPassword("s3cret-test"), background);
    }

    @AfterEach
    void stop() throws Exception {
        endpoint.close();
    }

    static String cookbook(String name) {
        try (InputStream in = CookbookAnswersTest.class.getResourceAsStream("/esimder/queries/" + name + ".rq")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<byte[]> ask(String query, String accept, String... headers) {
        String[] all = Stream.concat(Stream.of("Accept", accept), Stream.of(headers)).toArray(String[]::new);
        return Http.getBytes(endpoint.sparql() + "?query=" + Http.enc(query), all);
    }

    /** The same query as Fuseki itself answers it: a comment makes it another text, which only Fuseki answers. */
    private HttpResponse<byte[]> askFuseki(String query, String accept) {
        return ask(query + "\n# asked of Fuseki itself", accept);
    }

    static ResultSetRewindable rows(byte[] body, String accept) {
        Lang lang = switch (accept) {
            case JSON, "application/json" -> ResultSetLang.RS_JSON;
            case "application/sparql-results+xml" -> ResultSetLang.RS_XML;
            case "text/csv" -> ResultSetLang.RS_CSV;
            case "text/tab-separated-values" -> ResultSetLang.RS_TSV;
            default -> throw new IllegalArgumentException(accept);
        };
        return ResultSetFactory.makeRewindable(ResultSetMgr.read(new ByteArrayInputStream(body), lang));
    }

    static byte[] gunzip(byte[] gzip) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path cookbookDir() {
        return StoreLayout.cookbook(endpoint.store().generation());
    }

    @Test
    void beforeItIsReadyAnAnswerIs503WithRetryAfterAtOnce() {
        HttpResponse<byte[]> early = ask(cookbook("persons"), JSON);
        assertThat(early.statusCode()).isEqualTo(503);
        assertThat(early.headers().firstValue("Retry-After")).hasValue(CookbookAnswers.RETRY_AFTER_SECONDS);
        assertThat(new String(early.body(), StandardCharsets.UTF_8))
                .contains("дайындалуда").contains("ещё готовится").contains("still being prepared");
        assertThat(askFuseki(cookbook("persons"), JSON).statusCode()).as("any other query still answers").isEqualTo(200);
    }

    @Test
    void aPreparedAnswerIsServedGzipAndPlainWithTheRowsFusekiComputes() {
        background.runAll();
        for (String name : List.of("persons", "counts-by-year")) {
            for (String accept : AnswerFormat.accepts()) {
                HttpResponse<byte[]> fuseki = askFuseki(cookbook(name), accept);
                HttpResponse<byte[]> gzip = ask(cookbook(name), accept, "Accept-Encoding", "gzip, deflate");
                HttpResponse<byte[]> plain = ask(cookbook(name), accept);
                String what = name + " as " + accept;
                assertThat(fuseki.statusCode()).as(what).isEqualTo(200);
                assertThat(gzip.statusCode()).as(what).isEqualTo(200);
                assertThat(plain.statusCode()).as(what).isEqualTo(200);
                assertThat(gzip.headers().firstValue("Content-Encoding")).as(what).hasValue("gzip");
                assertThat(plain.headers().firstValue("Content-Encoding")).as(what).isEmpty();
                assertThat(gzip.headers().firstValue("Content-Length")).as(what).hasValue(Integer.toString(gzip.body().length));
                assertThat(plain.headers().firstValue("Content-Length")).as(what).hasValue(Integer.toString(plain.body().length));
                assertThat(gunzip(gzip.body())).as(what).isEqualTo(plain.body());
                for (HttpResponse<byte[]> served : List.of(gzip, plain)) {
                    assertThat(served.headers().allValues("Vary")).as(what).contains("Accept, Accept-Encoding");
                    assertThat(served.headers().firstValue("Content-Type")).as(what).isEqualTo(fuseki.headers().firstValue("Content-Type"));
                    assertThat(served.headers().firstValue(ResultLimitedQuery.LIMIT_HEADER)).as(what)
                            .isEqualTo(fuseki.headers().firstValue(ResultLimitedQuery.LIMIT_HEADER));
                }
                ResultSetRewindable expected = rows(fuseki.body(), accept);
                ResultSetRewindable actual = rows(plain.body(), accept);
                if (name.equals("persons")) assertThat(expected.size()).as(what + ": the five persons of kz-records.nq").isEqualTo(5);
                expected.reset();
                assertThat(ResultSetCompare.equalsByTermAndOrder(expected, actual)).as(what + ": the rows, in order").isTrue();
                assertThat(gzip.headers().firstValue("ETag")).as("each representation its own tag")
                        .isNotEqualTo(plain.headers().firstValue("ETag"));
            }
        }
    }

    @Test
    void aMatchingIfNoneMatchGets304() {
        background.runAll();
        String etag = ask(cookbook("persons"), JSON, "Accept-Encoding", "gzip").headers().firstValue("ETag").orElseThrow();
        assertThat(ask(cookbook("persons"), JSON, "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(ask(cookbook("persons"), JSON, "If-None-Match", etag).statusCode()).as("the plain one is another representation")
                .isEqualTo(200);
    }

    @Test
    void aHalfWrittenFileIsNeverServedAndIsClearedAway() throws IOException {
        // What a crash leaves: the answer's content cut short under AtomicFile's temporary name.
        Files.createDirectories(cookbookDir());
        Path leftover = cookbookDir().resolve(".persons-0123456789ab.srj.gz.42.tmp");
        Files.write(leftover, new byte[] {0x1f, (byte) 0x8b, 8, 0});
        HttpResponse<byte[]> early = ask(cookbook("persons"), JSON, "Accept-Encoding", "gzip");
        assertThat(early.statusCode()).isEqualTo(503);

        background.runAll();
        assertThat(leftover).doesNotExist();
        HttpResponse<byte[]> ready = ask(cookbook("persons"), JSON, "Accept-Encoding", "gzip");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(rows(gunzip(ready.body()), JSON).size()).isEqualTo(rows(askFuseki(cookbook("persons"), JSON).body(), JSON).size());
        try (Stream<Path> files = Files.list(cookbookDir())) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left").noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aFailedWriteLeavesNoFileThatLooksComplete() throws IOException {
        Path target = dir.resolve("answer.srj.gz");
        try {
            AtomicFile.write(target, out -> {
                out.write("{\"head\": {".getBytes(StandardCharsets.UTF_8));
                throw new IOException("disk full (simulated)");
            });
        } catch (IOException expected) {
            assertThat(expected).hasMessageContaining("simulated");
        }
        assertThat(target).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".answer"));
        }
    }

    @Test
    void aWrittenFileIsWholeAndReadableLikeTheRestOfTheStore() throws IOException {
        Path target = dir.resolve("COMPLETE");
        AtomicFile.write(target, out -> out.write("quads=1\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(target).hasContent("quads=1");
        if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
        }
    }

    @Test
    void aNewGenerationDoesNotServeTheOldOnesAnswers() throws Exception {
        background.runAll();
        String before = new String(ask(cookbook("persons"), "text/csv").body(), StandardCharsets.UTF_8);
        assertThat(before).contains(TestData.AGEEV);
        Path old = endpoint.store().generation();

        // The next generation: the same data without the person Агеев.
        Path input = Files.createDirectories(dir.resolve("next"));
        Path without = input.resolve(TestData.PUBLIC_FILE);
        try (Stream<String> lines = Files.lines(TestData.copy(TestData.PUBLIC_FILE, Files.createDirectories(dir.resolve("copy"))))) {
            Files.write(without, lines.filter(l -> !l.startsWith("<" + TestData.AGEEV + ">")).toList());
        }
        StoreLoader.load(dir.resolve("db"), List.of(without), LoadOptions.defaults());
        assertThat(endpoint.store().reload()).isTrue();

        assertThat(ask(cookbook("persons"), "text/csv").statusCode()).as("the old answer is not the new generation's").isEqualTo(503);
        background.runAll();
        HttpResponse<byte[]> after = ask(cookbook("persons"), "text/csv");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(new String(after.body(), StandardCharsets.UTF_8)).doesNotContain(TestData.AGEEV).contains(TestData.BAITURSYNULY);
        assertThat(StoreLayout.cookbook(endpoint.store().generation())).isNotEqualTo(StoreLayout.cookbook(old));
    }

    @Test
    void anAdminUpdateThrowsTheAnswersAwayAndPreparesThemAgain() {
        background.runAll();
        assertThat(new String(ask(cookbook("persons"), "text/csv").body(), StandardCharsets.UTF_8)).contains(TestData.AGEEV);
        HttpResponse<String> update = Http.post(endpoint.base() + "/admin/update", "application/sparql-update",
                "DELETE WHERE { GRAPH ?g { <" + TestData.AGEEV + "> ?p ?o } }", "Authorization", Http.basic("admin", "s3cret-test"));
        assertThat(update.statusCode()).isBetween(200, 299);

        assertThat(ask(cookbook("persons"), "text/csv").statusCode()).as("the outdated answer is gone").isEqualTo(503);
        background.runAll();
        HttpResponse<byte[]> after = ask(cookbook("persons"), "text/csv");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(new String(after.body(), StandardCharsets.UTF_8)).doesNotContain(TestData.AGEEV).contains(TestData.BAITURSYNULY);
    }

    @Test
    void restrictedDataNeverAppearsInAPreparedAnswer() throws IOException {
        background.runAll();
        List<Path> files;
        try (Stream<Path> all = Files.list(cookbookDir())) {
            files = all.toList();
        }
        assertThat(files).hasSize(2 * AnswerFormat.values().length);
        StringBuilder everything = new StringBuilder();
        for (Path file : files) everything.append(new String(gunzip(Files.readAllBytes(file)), StandardCharsets.UTF_8));
        assertThat(everything.toString()).contains(TestData.AGEEV) // the public data is there…
                .doesNotContain(TestData.RESTRICTED_PERSON).doesNotContain("closed-list") // …the restricted is not
                .doesNotContainIgnoringCase("Секретов");
    }

    @Test
    void aRestartServesWhatWasPreparedWithoutComputingItAgain() throws IOException {
        background.runAll();
        Path json;
        try (Stream<Path> files = Files.list(cookbookDir())) {
            json = files.filter(p -> p.getFileName().toString().startsWith("persons-") && p.getFileName().toString().endsWith(".srj.gz"))
                    .findFirst().orElseThrow();
        }
        var written = Files.getLastModifiedTime(json);
        ByHand restart = new ByHand();
        try (PreparedAnswers again = PreparedAnswers.start(endpoint.store(), CookbookQuery.fromClasspath(getClass().getClassLoader()),
                restart)) {
            assertThat(again.answer(cookbook("persons"), AnswerFormat.JSON).orElseThrow().state())
                    .as("ready before any work ran").isEqualTo(PreparedAnswers.State.READY);
            restart.runAll();
        }
        assertThat(Files.getLastModifiedTime(json)).as("not written again").isEqualTo(written);
    }

    @Test
    void anAnswerThatCannotBePreparedIsLeftToFuseki() throws IOException {
        Files.writeString(cookbookDir(), "not a directory"); // nowhere to keep the answers
        background.runAll();
        HttpResponse<byte[]> answer = ask(cookbook("persons"), JSON);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("ETag")).as("computed by Fuseki, not from a file").isEmpty();
        assertThat(rows(answer.body(), JSON).size()).isEqualTo(rows(askFuseki(cookbook("persons"), JSON).body(), JSON).size());
    }

    @Test
    void otherQueriesOtherParametersAndOtherFormatsGoToFuseki() {
        background.runAll();
        assertThat(ask("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", JSON).statusCode()).isEqualTo(200);
        HttpResponse<String> withGraph = Http.get(endpoint.sparql() + "?query=" + Http.enc(cookbook("persons"))
                + "&default-graph-uri=" + Http.enc("http://localhost:8080/graph/nothing"), JSON);
        assertThat(withGraph.statusCode()).isEqualTo(200);
        assertThat(withGraph.body()).doesNotContain("\"person\" : {"); // the empty graph: no rows, not the prepared answer
        HttpResponse<byte[]> weighted = ask(cookbook("persons"), JSON + ";q=0.9, text/csv;q=0.5");
        assertThat(weighted.statusCode()).isEqualTo(200);
        assertThat(weighted.headers().firstValue("ETag")).as("not an exact Accept: Fuseki's answer").isEmpty();
    }

    @Test
    void gzipIsAcceptedOnlyWhenTheClientSaysSo() {
        assertThat(accepts("gzip")).isTrue();
        assertThat(accepts("deflate, gzip;q=0.5")).isTrue();
        assertThat(accepts("*")).isTrue();
        assertThat(accepts("x-gzip")).isTrue();
        assertThat(accepts("gzip;q=0")).isFalse();
        assertThat(accepts("*, gzip;q=0")).isFalse();
        assertThat(accepts("identity")).isFalse();
        assertThat(accepts("br")).isFalse();
        assertThat(PreparedAnswerResponse.acceptsGzip(null)).isFalse();
    }

    private static boolean accepts(String header) {
        return PreparedAnswerResponse.acceptsGzip(java.util.Collections.enumeration(List.of(header)));
    }
}
