package kz.esimder.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A standalone Fuseki in its own JVM, run exactly as docs/deployment.md tells operators: Fuseki's
 * own main class, {@code esimder-fuseki.ttl} unchanged, from a directory holding
 * {@code data/esimder}, admin through a password file. For remote-mode integration tests (the
 * site pointing {@code esimder.sparql.endpoint} at {@link #sparqlUrl()}) and for operators who
 * want the standalone server without downloading the jar. Uses this JVM's classpath.
 */
public final class StandaloneFuseki implements AutoCloseable {
    private static final String MAIN = "org.apache.jena.fuseki.main.cmds.FusekiMainCmd";
    private final Process process;
    private final int port;
    private final Path log;

    private StandaloneFuseki(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts Fuseki in {@code workDir} (which must hold {@code data/esimder}, loaded) and waits
     * until {@code /sparql} answers. {@code adminPassword} goes to {@code workDir/passwd} for the
     * user {@code admin}.
     */
    public static StandaloneFuseki start(Path workDir, String adminPassword) {
        try {
            if (new StoreLayout(workDir.resolve("data").resolve("esimder")).liveGeneration().isEmpty())
                throw new IllegalStateException(workDir + "/data/esimder has no loaded store: load it first");
            Path config = workDir.resolve("esimder-fuseki.ttl");
            try (InputStream in = StandaloneFuseki.class.getClassLoader().getResourceAsStream(FusekiConfiguration.RESOURCE)) {
                if (in == null) throw new IllegalStateException("Missing classpath resource " + FusekiConfiguration.RESOURCE);
                Files.copy(in, config, StandardCopyOption.REPLACE_EXISTING);
            }
            Path passwd = workDir.resolve("passwd");
            Files.writeString(passwd, "admin: " + adminPassword + "\n", StandardCharsets.UTF_8);
            int port = freePort();
            Path log = workDir.resolve("fuseki.log");
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-Dlog4j2.configurationFile=" + logConfig(workDir),
                    "-cp", System.getProperty("java.class.path"), MAIN,
                    "--config", config.toString(), "--passwd", passwd.toString(), "--port", Integer.toString(port));
            Process process = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            StandaloneFuseki fuseki = new StandaloneFuseki(process, port, log);
            fuseki.awaitReady();
            return fuseki;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start a standalone Fuseki in " + workDir, e);
        }
    }

    private static Path logConfig(Path workDir) throws IOException {
        Path target = workDir.resolve("log4j2.properties");
        try (InputStream in = StandaloneFuseki.class.getClassLoader().getResourceAsStream("esimder/fuseki/log4j2.properties")) {
            if (in != null) Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private void awaitReady() throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(sparqlUrl() + "?query=ASK%7B%7D")).GET().build();
        // Readiness, not a fixed wait: poll until it answers, or give up when the process has ended.
        while (true) {
            if (!process.isAlive()) throw new IllegalStateException("Fuseki exited: " + Files.readString(log));
            try {
                if (client.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException notYet) {
                // connection refused while it starts
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Fuseki", e);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Fuseki", e);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public String baseUrl() { return "http://localhost:" + port; }
    public String sparqlUrl() { return baseUrl() + "/sparql"; }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
