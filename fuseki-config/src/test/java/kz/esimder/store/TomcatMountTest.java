package kz.esimder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mount in the site's own container, Tomcat 11 (the version Spring Boot 4.0.7 runs), under a
 * context path, with the site's catch-all servlet beside it: what the site gets from
 * {@link PublicEndpoint#install}.
 */
class TomcatMountTest {
    @TempDir Path dir;

    @Test
    void servesSparqlReadOnlyWithAdminUnderAContextPath() throws Exception {
        Path db = dir.resolve("db");
        TestData.loadAll(db, Files.createDirectory(dir.resolve("input")));
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createDirectory(dir.resolve("tomcat")).toString());
        tomcat.setPort(0);
        try (LiveStore store = LiveStore.open(TestData.settings(db))) {
            Context context = tomcat.addContext("/esimder", Files.createDirectory(dir.resolve("docbase")).toString());
            context.addServletContainerInitializer((classes, ctx) -> PublicEndpoint.install(ctx, store), null);
            Tomcat.addServlet(context, "site", new HttpServlet() {
                @Override
                protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                    resp.setStatus(404);
                    resp.getWriter().write("site page not found");
                }
            });
            context.addServletMappingDecoded("/", "site");
            tomcat.getConnector();
            tomcat.start();
            String base = "http://localhost:" + tomcat.getConnector().getLocalPort() + "/esimder";
            try (RDFConnection c = RDFConnection.queryConnect(base + "/sparql")) {
                assertThat(c.queryAsk("ASK { <" + TestData.AGEEV + "> <https://w3id.org/esimder/ontology#surname> \"Агеев\" }")).isTrue();
                assertThat(c.queryAsk("ASK { GRAPH <" + TestData.RESTRICTED_GRAPH + "> { ?s ?p ?o } }")).isFalse();
            }
            String form = "query=" + Http.enc("SELECT ?l { <" + TestData.BAITURSYNULY + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l }");
            HttpResponse<String> post = Http.post(base + "/sparql", "application/x-www-form-urlencoded", form, "Accept", "text/csv");
            assertThat(post.statusCode()).isEqualTo(200);
            assertThat(post.body()).contains("Байтұрсынұлы Ахмет");

            String insert = "INSERT DATA { GRAPH <http://x/g> { <http://x/s> <http://x/p> \"o\" } }";
            assertThat(Http.post(base + "/sparql", "application/sparql-update", insert).statusCode()).isBetween(400, 499);
            assertThat(Http.post(base + "/sparql?default", "text/turtle", "<http://x/s> <http://x/p> \"o\" .").statusCode()).isBetween(400, 499);
            assertThat(Http.post(base + "/admin/update", "application/sparql-update", insert).statusCode()).isEqualTo(401);
            assertThat(Http.post(base + "/admin/update", "application/sparql-update", insert,
                    "Authorization", Http.basic("admin", "s3cret-test")).statusCode()).isBetween(200, 204);
            assertThat(Http.get(base + "/sparql", "text/turtle").body()).contains("SPARQL11Query");
            // Paths that are not the endpoint's stay the site's.
            HttpResponse<String> other = Http.get(base + "/sparql/nothing-here", "text/html");
            assertThat(other.statusCode()).isEqualTo(404);
            assertThat(Http.get(base + "/page/person/x", "text/html").body()).contains("site page");
        } finally {
            tomcat.stop();
            tomcat.destroy();
        }
    }
}
