package kz.esimder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Public paths refuse every write with 4xx; admin needs the configured credentials. */
class ReadOnlyAndAdminTest {
    static final String PASSWORD = "s3cret-test";
    static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
    static final String INSERT = "INSERT DATA { GRAPH <http://localhost:8080/graph/kz-records> "
            + "{ <http://localhost:8080/id/person/kz-records-1> <https://w3id.org/esimder/ontology#nameVariant> \"Агеевъ\" } }";

    @TempDir static Path dir;
    static JettyEndpoint endpoint;

    @BeforeAll
    static void start() throws Exception {
        endpoint = JettyEndpoint.withTestData(dir, StoreSettings.builder().adminPassword(PASSWORD));
    }

    @AfterAll
    static void stop() throws Exception {
        endpoint.close();
    }

    @Test
    void everyWriteOnAPublicPathIsRefusedWith4xx() {
        String before = count();
        String sparql = endpoint.sparql();
        List<HttpRequest> writes = new ArrayList<>();
        writes.add(post(sparql, "application/sparql-update", INSERT));
        writes.add(post(sparql, "application/x-www-form-urlencoded", "update=" + Http.enc(INSERT)));
        writes.add(post(sparql + "?update=" + Http.enc(INSERT), "application/x-www-form-urlencoded", ""));
        writes.add(post(sparql, "text/turtle", "<http://x/s> <http://x/p> \"o\" ."));
        writes.add(post(sparql + "?default", "application/n-triples", "<http://x/s> <http://x/p> \"o\" ."));
        writes.add(post(sparql, "application/n-quads", "<http://x/s> <http://x/p> \"o\" <http://x/g> ."));
        writes.add(post(sparql, "multipart/form-data; boundary=XyZ",
                "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.ttl\"\r\nContent-Type: text/turtle\r\n\r\n"
                        + "<http://x/s> <http://x/p> \"o\" .\r\n--XyZ--\r\n"));
        writes.add(HttpRequest.newBuilder(URI.create(sparql + "?default")).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<http://x/s> <http://x/p> \"o\" .")).build());
        writes.add(HttpRequest.newBuilder(URI.create(sparql + "?graph=" + Http.enc("http://localhost:8080/graph/kz-records"))).DELETE().build());
        writes.add(HttpRequest.newBuilder(URI.create(sparql)).DELETE().build());
        for (String service : new String[] {"/update", "/data", "/upload", "/get"})
            writes.add(post(sparql + service, "application/sparql-update", INSERT));
        writes.add(HttpRequest.newBuilder(URI.create(sparql + "/data?default")).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<http://x/s> <http://x/p> \"o\" .")).build());
        writes.add(post(endpoint.base() + "/admin/update", "application/sparql-update", INSERT));

        for (HttpRequest w : writes) {
            HttpResponse<String> r = Http.send(w);
            assertThat(r.statusCode()).as(w.method() + " " + w.uri() + " " + w.headers().firstValue("Content-Type").orElse(""))
                    .isBetween(400, 499);
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void adminWithoutOrWithWrongCredentialsGets401() {
        for (String op : new String[] {"/admin/reload", "/admin/backup", "/admin/load", "/admin/update"}) {
            HttpResponse<String> none = Http.post(endpoint.base() + op, "application/sparql-update", INSERT);
            assertThat(none.statusCode()).as(op).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
            HttpResponse<String> wrong = Http.post(endpoint.base() + op, "application/sparql-update", INSERT,
                    "Authorization", Http.basic("admin", "guess"));
            assertThat(wrong.statusCode()).as(op).isEqualTo(401);
            HttpResponse<String> wrongUser = Http.post(endpoint.base() + op, "application/sparql-update", INSERT,
                    "Authorization", Http.basic("root", PASSWORD));
            assertThat(wrongUser.statusCode()).as(op).isEqualTo(401);
        }
    }

    @Test
    void adminUpdateWithCredentialsChangesTheData() {
        String before = count();
        HttpResponse<String> r = Http.post(endpoint.base() + "/admin/update", "application/sparql-update", INSERT,
                "Authorization", Http.basic("admin", PASSWORD));
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 204);
        assertThat(Long.parseLong(count())).isEqualTo(Long.parseLong(before) + 1);
        // The name index follows updates too.
        HttpResponse<String> found = Http.query(endpoint.sparql(), PublicEndpointProtocolTest.PREFIXES
                + "ASK { ?p text:query (esm:nameVariant \"Агеевъ\") }", "application/sparql-results+json");
        assertThat(found.body()).contains("true");
    }

    @Test
    void adminReloadSwitchesToANewlyLoadedGenerationWithoutRestart() throws Exception {
        Path more = Files.createDirectories(dir.resolve("reload"));
        Path file = more.resolve("extra.nq");
        Files.writeString(file, "<http://localhost:8080/id/person/extra-1> <http://www.w3.org/2000/01/rdf-schema#label> "
                + "\"Құнанбайұлы Абай\" <http://localhost:8080/graph/extra> .\n");
        Path before = endpoint.store().generation();
        LoadReport report = StoreLoader.load(endpoint.store().settings().database(), List.of(file), LoadOptions.defaults());
        // Still the old generation until the reload call.
        assertThat(Http.query(endpoint.sparql(), "ASK { GRAPH <http://localhost:8080/graph/extra> { ?s ?p ?o } }",
                "application/sparql-results+json").body()).contains("false");
        HttpResponse<String> r = Http.post(endpoint.base() + "/admin/reload", "text/plain", "",
                "Authorization", Http.basic("admin", PASSWORD));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("reloaded").contains(report.generation().getFileName().toString());
        assertThat(endpoint.store().generation()).isNotEqualTo(before);
        assertThat(Http.query(endpoint.sparql(), "ASK { GRAPH <http://localhost:8080/graph/extra> { ?s ?p ?o } }",
                "application/sparql-results+json").body()).contains("true");
        assertThat(Http.query(endpoint.sparql(), PublicEndpointProtocolTest.PREFIXES + "ASK { ?p text:query \"Абай\" }",
                "application/sparql-results+json").body()).contains("true");
    }

    @Test
    void adminIsDisabledWithoutConfiguredCredentials() throws Exception {
        Path other = Files.createDirectories(dir.resolve("noadmin"));
        try (JettyEndpoint noAdmin = JettyEndpoint.withTestData(other, StoreSettings.builder())) {
            for (String auth : new String[] {Http.basic("admin", ""), Http.basic("admin", "admin"), Http.basic("admin", PASSWORD)}) {
                HttpResponse<String> r = Http.post(noAdmin.base() + "/admin/update", "application/sparql-update", INSERT,
                        "Authorization", auth);
                assertThat(r.statusCode()).isEqualTo(401);
                assertThat(Http.post(noAdmin.base() + "/admin/reload", "text/plain", "", "Authorization", auth).statusCode()).isEqualTo(401);
            }
        }
    }

    private static HttpRequest post(String url, String type, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String count() {
        HttpResponse<String> r = Http.query(endpoint.sparql(), COUNT, "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body().lines().skip(1).findFirst().orElseThrow().strip();
    }
}
