package kz.esimder.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The public endpoint in plain Jetty over a store loaded with the test data, started once per test class. */
abstract class EndpointOverTestData {
    @TempDir static Path dir;
    static JettyEndpoint endpoint;

    @BeforeAll
    static void start() throws Exception {
        endpoint = JettyEndpoint.withTestData(dir, StoreSettings.builder());
    }

    @AfterAll
    static void stop() throws Exception {
        endpoint.close();
    }
}
