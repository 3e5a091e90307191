package kz.esimder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fuseki-config/esimder-fuseki.ttl, unchanged, drives a standalone Fuseki (Fuseki's own main, in
 * its own JVM) run from a directory holding data/esimder: what docs/deployment.md tells operators,
 * and what the site's remote mode points at. Queried with RDFConnection, as a remote site would.
 */
class StandaloneFusekiProcessTest {
    static final String ADMIN_PASSWORD = "standalone-test-password";

    @TempDir static Path workDir;
    static Process fuseki;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        TestData.loadAll(workDir.resolve("data").resolve("esimder"), Files.createDirectory(workDir.resolve("input")));
        Path passwd = workDir.resolve("passwd");
        Files.writeString(passwd, "admin: " + ADMIN_PASSWORD + "\n");
        Path config = Path.of("esimder-fuseki.ttl").toAbsolutePath();
        assertThat(config).exists();
        int port = freePort();
        base = "http://localhost:" + port;
        fuseki = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                // As documented for operators; here Logback (the test classpath) does the logging.
                "-Dlog4j2.configurationFile=" + Path.of("log4j2.properties").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                "--config", config.toString(), "--passwd", passwd.toString(), "--port", Integer.toString(port))
                .directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(workDir.resolve("fuseki.log").toFile())
                .start();
        awaitReady();
    }

    @AfterAll
    static void stop() throws Exception {
        if (fuseki != null) {
            fuseki.destroy();
            if (!fuseki.waitFor(30, TimeUnit.SECONDS)) fuseki.destroyForcibly();
        }
    }

    @Test
    void theStandaloneServerAnswersFromTheSameConfiguration() {
        try (RDFConnection connection = RDFConnection.queryConnect(base + "/sparql")) {
            List<String> labels = new ArrayList<>();
            connection.querySelect("PREFIX esm: <https://w3id.org/esimder/ontology#> "
                    + "SELECT ?l { ?p a esm:Person ; <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l",
                    (QuerySolution s) -> labels.add(s.getLiteral("l").getLexicalForm()));
            assertThat(labels).containsExactly("Агеев Василий Иванович", "Байтұрсынұлы Ахмет", "Бөкейхан Әлихан",
                    "Жұмабаев Мағжан", "Шаңғытбаева Гүлжан");
            // The name index of the config works there too.
            assertThat(connection.queryAsk("PREFIX text: <http://jena.apache.org/text#> PREFIX esmtext: <https://w3id.org/esimder/text#> "
                    + "ASK { ?p text:query (esmtext:name \"Байтурсынов\") }")).isTrue();
            // Restricted data is not in what the configuration opens.
            assertThat(connection.queryAsk("ASK { GRAPH <" + TestData.RESTRICTED_GRAPH + "> { ?s ?p ?o } }")).isFalse();
        }
    }

    @Test
    void standalonePublicPathIsReadOnlyAndAdminNeedsThePasswordFile() {
        String insert = "INSERT DATA { GRAPH <http://x/g> { <http://x/s> <http://x/p> \"o\" } }";
        assertThat(Http.post(base + "/sparql", "application/sparql-update", insert).statusCode()).isBetween(400, 499);
        assertThat(Http.post(base + "/admin/update", "application/sparql-update", insert).statusCode()).isEqualTo(401);
        assertThat(Http.post(base + "/admin/update", "application/sparql-update", insert,
                "Authorization", Http.basic("admin", "wrong")).statusCode()).isIn(401, 403);
        HttpResponse<String> ok = Http.post(base + "/admin/update", "application/sparql-update", insert,
                "Authorization", Http.basic("admin", ADMIN_PASSWORD));
        assertThat(ok.statusCode()).isBetween(200, 204);
    }

    private static void awaitReady() throws Exception {
        // Readiness, not timing: poll until the server answers or its process ends.
        while (true) {
            if (!fuseki.isAlive()) throw new IllegalStateException("Fuseki exited: " + Files.readString(workDir.resolve("fuseki.log")));
            try {
                if (Http.query(base + "/sparql", "ASK {}", "application/sparql-results+json").statusCode() == 200) return;
            } catch (RuntimeException notYet) {
                // connection refused while starting
            }
            Thread.sleep(100);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
