package kz.esimder.site.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The site as an attacker meets it, over HTTP: security headers on every kind of response (pages,
 * data documents, errors, static files, the SPARQL endpoint, admin refusals), nothing writable on a
 * public path, admin only with the configured credentials, and the per-client cap on {@code /sparql}
 * with the query timeout, both configured through the site's own settings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "esimder.admin.password=" + PublicSurfaceTest.PASSWORD,
        "esimder.sparql.maxConcurrentPerClient=2",
        "esimder.sparql.timeout=2s"})
class PublicSurfaceTest {
    static final String PASSWORD = "correct horse battery staple";
    static final String PERSON = "http://localhost:8080/id/person/cardfile-kk-6";
    static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
    /** A four-way cross join: never finishes on any store with more than a few hundred triples. */
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @LocalServerPort
    int port;
    HttpClient client;

    @BeforeEach
    void client() {
        client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        List<HttpRequest> requests = List.of(
                get("/"),
                get("/page/person/cardfile-kk-6"),
                get("/data/person/cardfile-kk-6.ttl"),
                get("/data/person/cardfile-kk-6.jsonld"),
                get("/id/person/cardfile-kk-6", "Accept", "text/turtle"),
                get("/no/such/page"),
                get("/data/person/nobody.ttl"),
                get("/search?year=abc"),
                get("/css/site.css"),
                get("/js/query.js"),
                get("/.well-known/void"),
                get("/sparql?query=" + enc("ASK {}"), "Accept", "application/sparql-results+json"),
                get("/sparql?query=" + enc("SELEKT nonsense"), "Accept", "application/sparql-results+json"),
                get("/sparql", "Accept", "text/turtle"),
                form("/sparql", "update=" + enc("DROP ALL")),
                form("/admin/reload", ""));
        for (HttpRequest request : requests) {
            HttpResponse<String> r = send(request);
            String what = request.method() + " " + request.uri().getPath() + " → " + r.statusCode();
            assertThat(r.statusCode()).as(what).isLessThan(500);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(what).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
                    .contains("frame-ancestors 'none'");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(what).isPresent();
            assertThat(r.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        }
    }

    @Test
    void everyWriteOnAPublicPathIsRefusedWith4xxAndChangesNothing() {
        String before = count();
        String turtle = "<http://x/s> <http://x/p> \"written\" .";
        List<HttpRequest> writes = new ArrayList<>(List.of(
                form("/sparql", "update=" + enc("DROP ALL")),
                form("/sparql", "update=" + enc("INSERT DATA { GRAPH <http://x/g> { <http://x/s> <http://x/p> 1 } }")),
                body("POST", "/sparql", "application/sparql-update", "DROP ALL"),
                body("POST", "/sparql/update", "application/sparql-update", "DROP ALL"),
                body("POST", "/sparql/data?default", "text/turtle", turtle),
                body("PUT", "/sparql?default", "text/turtle", turtle),
                body("PUT", "/sparql?graph=" + enc("http://localhost:8080/graph/spravki-sample"), "text/turtle", turtle),
                body("POST", "/sparql?graph=" + enc("http://x/g"), "text/turtle", turtle),
                body("DELETE", "/sparql?graph=" + enc("http://localhost:8080/graph/spravki-sample"), "text/turtle", ""),
                body("DELETE", "/sparql?default", "text/turtle", ""),
                body("POST", "/sparql/upload", "multipart/form-data; boundary=b",
                        "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.ttl\"\r\nContent-Type: text/turtle\r\n\r\n"
                                + turtle + "\r\n--b--\r\n"),
                body("PUT", "/data/person/cardfile-kk-6.ttl", "text/turtle", turtle),
                body("DELETE", "/data/person/cardfile-kk-6.ttl", "text/turtle", ""),
                body("DELETE", "/page/person/cardfile-kk-6", "text/plain", ""),
                body("POST", "/id/person/cardfile-kk-6", "text/turtle", turtle)));
        for (HttpRequest write : writes) {
            HttpResponse<String> r = send(write);
            assertThat(r.statusCode()).as(write.method() + " " + write.uri()).isBetween(400, 499);
        }
        assertThat(count()).isEqualTo(before);
        assertThat(send(get("/page/person/cardfile-kk-6")).statusCode()).isEqualTo(200);
    }

    @Test
    void adminNeedsTheConfiguredCredentials() {
        for (String path : new String[] {"/admin/reload", "/admin/backup", "/admin/load", "/admin/update"}) {
            assertThat(send(form(path, "update=" + enc("DROP ALL"))).statusCode()).as(path + " without credentials").isEqualTo(401);
            assertThat(send(withAuth(path, "admin", "wrong")).statusCode()).as(path + " wrong password").isIn(401, 403);
            assertThat(send(withAuth(path, "root", PASSWORD)).statusCode()).as(path + " wrong user").isIn(401, 403);
        }
        assertThat(count()).isNotEqualTo("0");
        HttpResponse<String> ok = send(withAuth("/admin/reload", "admin", PASSWORD));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("unchanged");
    }

    @Test
    void aClientOverItsConcurrencyCapGets429AndRunawayQueriesStopAtTheTimeout() {
        List<CompletableFuture<HttpResponse<String>>> runaways = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runaways.add(client.sendAsync(get("/sparql?query=" + enc(RUNAWAY), "Accept", "application/sparql-results+json"),
                    HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> statuses = runaways.stream().map(f -> f.join().statusCode()).sorted().toList();
        assertThat(statuses).contains(429);
        assertThat(statuses).allMatch(s -> s == 429 || s == 503);
        assertThat(statuses).contains(503);
        HttpResponse<String> after = send(get("/sparql?query=" + enc("ASK { <" + PERSON + "> ?p ?o }"), "Accept",
                "application/sparql-results+json"));
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("true");
    }

    private String count() {
        HttpResponse<String> r = send(get("/sparql?query=" + enc(COUNT), "Accept", "text/csv"));
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body().lines().skip(1).findFirst().orElseThrow().strip();
    }

    private HttpRequest get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) b.headers(headers);
        return b.build();
    }

    private HttpRequest form(String path, String body) {
        return body("POST", path, "application/x-www-form-urlencoded", body);
    }

    private HttpRequest body(String method, String path, String type, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private HttpRequest withAuth(String path, String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
