package kz.esimder.store;

import java.nio.file.Path;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * {@link PublicEndpoint} mounted in a plain servlet container (Jetty 12, ee10: jakarta servlet 6),
 * with no Fuseki server and no Spring: what the site's Tomcat does, at {@code /sparql}.
 */
final class JettyEndpoint implements AutoCloseable {
    private final Server server;
    private final LiveStore store;

    private JettyEndpoint(Server server, LiveStore store) {
        this.server = server;
        this.store = store;
    }

    /** The site's query page stand-in, where browsers asking for /sparql are forwarded. */
    static final String EDITOR = "/query-editor";

    static JettyEndpoint start(StoreSettings settings) throws Exception {
        return start(settings, PreparedAnswers.backgroundThread());
    }

    /** As {@link #start(StoreSettings)}, the cookbook's answers prepared on {@code cookbook} (e.g. run by the test). */
    static JettyEndpoint start(StoreSettings settings, java.util.concurrent.Executor cookbook) throws Exception {
        LiveStore store = LiveStore.open(settings);
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(0);
        connector.setHost("localhost");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addEventListener(new ServletContextListener() {
            @Override
            public void contextInitialized(ServletContextEvent event) {
                PublicEndpoint.install(event.getServletContext(), store, EDITOR, cookbook);
            }
        });
        context.addServlet(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void doGet(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse resp)
                    throws java.io.IOException {
                resp.setContentType("text/html;charset=utf-8");
                resp.getWriter().write("<p>query editor</p>");
            }
        }, EDITOR);
        server.setHandler(context);
        server.start();
        return new JettyEndpoint(server, store);
    }

    /** Loads both test files into a fresh store under {@code dir} and mounts it. */
    static JettyEndpoint withTestData(Path dir, StoreSettings.Builder settings) throws Exception {
        return withTestData(dir, settings, PreparedAnswers.backgroundThread());
    }

    static JettyEndpoint withTestData(Path dir, StoreSettings.Builder settings, java.util.concurrent.Executor cookbook) throws Exception {
        Path db = dir.resolve("db");
        TestData.loadAll(db, dir);
        return start(settings.database(db).build(), cookbook);
    }

    int port() { return ((ServerConnector) server.getConnectors()[0]).getLocalPort(); }
    String base() { return "http://localhost:" + port(); }
    String sparql() { return base() + "/sparql"; }
    LiveStore store() { return store; }

    @Override
    public void close() throws Exception {
        server.stop();
        store.close();
    }
}
