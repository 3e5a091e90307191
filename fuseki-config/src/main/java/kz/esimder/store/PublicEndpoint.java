package kz.esimder.store;

import java.util.EnumSet;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;
import org.apache.jena.fuseki.servlets.FusekiFilter;

/**
 * Mounts the endpoint in any jakarta servlet 6 container (the site's Tomcat), the way Fuseki's own
 * webapp does: Fuseki's registries go on the ServletContext and Fuseki's {@link FusekiFilter}
 * dispatches to the services of esimder-fuseki.ttl. Call it while the context starts, e.g. from a
 * Spring Boot {@code ServletContextInitializer}:
 * <pre>
 * &#64;Bean ServletContextInitializer sparql(LiveStore store) { return ctx -&gt; PublicEndpoint.install(ctx, store); }
 * </pre>
 * Paths (relative to the context path):
 * <ul>
 * <li>{@code /sparql}: SPARQL 1.1 Query (GET, POST form, POST direct), read-only, CORS open, service
 *     description on a GET without query, per-client concurrency cap, the cookbook queries answered
 *     from files prepared once per generation ({@link CookbookAnswers});</li>
 * <li>{@code /admin/update} (SPARQL Update), {@code /admin/reload}, {@code /admin/backup},
 *     {@code /admin/load}: HTTP Basic, see {@link AdminAuthFilter}.</li>
 * </ul>
 */
public final class PublicEndpoint {
    static final String[] PUBLIC_PATHS = {"/sparql", "/sparql/*"};
    static final String ADMIN_PATH = "/admin/*";
    private PublicEndpoint() {}

    public static void install(ServletContext context, LiveStore store) {
        install(context, store, null);
    }

    /**
     * As {@link #install(ServletContext, LiveStore)}; a browser's {@code GET /sparql} without a query
     * is forwarded to {@code htmlPage} (the site's query editor, a path in this context).
     */
    public static void install(ServletContext context, LiveStore store, String htmlPage) {
        install(context, store, htmlPage, PreparedAnswers.backgroundThread());
    }

    /** As above, the cookbook's answers prepared on {@code cookbookExecutor} (tests run it by hand). */
    static void install(ServletContext context, LiveStore store, String htmlPage, java.util.concurrent.Executor cookbookExecutor) {
        FusekiLogPolicy.apply();
        DataAccessPointRegistry registry = new DataAccessPointRegistry();
        DataAccessPointRegistry.set(context, registry);
        OperationRegistry.set(context, store.operations());
        Fuseki.setVerbose(context, false);
        store.bind(registry);

        StoreSettings settings = store.settings();
        filter(context, "esimderRequestLog", new RequestLogFilter(), "/sparql", "/sparql/*", ADMIN_PATH);
        FilterRegistration.Dynamic cors = filter(context, "esimderCors", new CrossOriginFilter(), PUBLIC_PATHS);
        cors.setInitParameters(corsParameters());
        filter(context, "esimderClientCap", new ClientConcurrencyFilter(settings.maxConcurrentPerClient()), PUBLIC_PATHS);
        PreparedAnswers cookbook = PreparedAnswers.start(store, CookbookQuery.fromClasspath(PublicEndpoint.class.getClassLoader()),
                cookbookExecutor);
        filter(context, "esimderCookbookAnswers", new CookbookAnswers(cookbook), "/sparql");
        filter(context, "esimderServiceDescription", new ServiceDescriptionFilter(htmlPage), "/sparql");
        filter(context, "esimderAdminAuth", new AdminAuthFilter(settings), ADMIN_PATH);
        filter(context, "esimderCookbookAfterUpdate", new AnswersAfterUpdate(store), "/admin/update");
        filter(context, "esimderFuseki", new FusekiFilter(), "/sparql", "/sparql/*", "/admin/update");
        ServletRegistration.Dynamic admin = context.addServlet("esimderAdmin", new AdminServlet(store));
        admin.addMapping(ADMIN_PATH);
    }

    /** Any origin may query (it is open data); only GET, POST and the preflight. */
    static Map<String, String> corsParameters() {
        return Map.of(
                CrossOriginFilter.ALLOWED_ORIGINS_PARAM, "*",
                CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,POST,OPTIONS,HEAD",
                CrossOriginFilter.ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin,Authorization",
                CrossOriginFilter.EXPOSED_HEADERS_PARAM, "Cache-Control,Content-Language,Content-Length,Content-Type,Expires,"
                        + "Last-Modified,Pragma,ETag,Fuseki-Request-Id," + ResultLimitedQuery.LIMIT_HEADER);
    }

    private static FilterRegistration.Dynamic filter(ServletContext context, String name, Filter filter, String... paths) {
        FilterRegistration.Dynamic registration = context.addFilter(name, filter);
        if (registration == null) throw new IllegalStateException("A filter named " + name + " is already installed");
        registration.setAsyncSupported(true);
        registration.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, paths);
        return registration;
    }
}
