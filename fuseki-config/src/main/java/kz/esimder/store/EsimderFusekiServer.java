package kz.esimder.store;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The endpoint as a standalone in-process Fuseki (Jetty) over the same configuration, filters and
 * admin operations as {@link PublicEndpoint}: for running the store without the site, and for tests.
 * <pre>
 * try (EsimderFusekiServer server = EsimderFusekiServer.start(StoreSettings.fromEnvironment(), 3030)) { ... }
 * </pre>
 */
public final class EsimderFusekiServer implements AutoCloseable {
    private final FusekiServer server;
    private final LiveStore store;
    private final boolean ownsStore;

    private EsimderFusekiServer(FusekiServer server, LiveStore store, boolean ownsStore) {
        this.server = server;
        this.store = store;
        this.ownsStore = ownsStore;
    }

    /** Opens the store of {@code settings} and serves it on {@code port} (0: any free port). */
    public static EsimderFusekiServer start(StoreSettings settings, int port) {
        LiveStore store = LiveStore.open(settings);
        try {
            return start(store, port, true);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Serves an open store; closing the server leaves the store open. */
    public static EsimderFusekiServer start(LiveStore store, int port) {
        return start(store, port, false);
    }

    private static EsimderFusekiServer start(LiveStore store, int port, boolean ownsStore) {
        FusekiLogPolicy.apply();
        StoreSettings settings = store.settings();
        ClientConcurrencyFilter cap = new ClientConcurrencyFilter(settings.maxConcurrentPerClient());
        FusekiServer server = FusekiServer.create(store.operations())
                .port(port)
                .enableCors(true)
                .addFilter("/*", new RequestLogFilter())
                .addFilter("/sparql", cap)
                .addFilter("/sparql/*", cap)
                .addFilter("/sparql", new ServiceDescriptionFilter(null))
                .addFilter(PublicEndpoint.ADMIN_PATH, new AdminAuthFilter(settings))
                .addServlet(PublicEndpoint.ADMIN_PATH, new AdminServlet(store))
                .build();
        store.bind(server.getDataAccessPointRegistry());
        server.start();
        return new EsimderFusekiServer(server, store, ownsStore);
    }

    public int port() { return server.getHttpPort(); }
    public String baseUrl() { return "http://localhost:" + port(); }
    public String sparqlUrl() { return baseUrl() + "/sparql"; }
    public LiveStore store() { return store; }

    @Override
    public void close() {
        server.stop();
        if (ownsStore) store.close();
    }

    /** {@code java -cp ... kz.esimder.store.EsimderFusekiServer [port]}; settings from properties/environment. */
    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 3030;
        EsimderFusekiServer server = start(StoreSettings.fromEnvironment(), port);
        server.server.join();
    }
}
