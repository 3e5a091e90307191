package kz.esimder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
    static StandaloneFuseki fuseki;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        TestData.loadAll(workDir.resolve("data").resolve("esimder"), Files.createDirectory(workDir.resolve("input")));
        fuseki = StandaloneFuseki.start(workDir, ADMIN_PASSWORD);
        base = fuseki.baseUrl();
        // It runs the module's file as written (the classpath copy is that file).
        assertThat(Files.readString(workDir.resolve("esimder-fuseki.ttl"))).isEqualTo(Files.readString(Path.of("esimder-fuseki.ttl")));
    }

    @AfterAll
    static void stop() {
        if (fuseki != null) fuseki.close();
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
}
