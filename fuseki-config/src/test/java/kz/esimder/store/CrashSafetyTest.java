package kz.esimder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during a load: a loader runs in its own JVM on a large generated file and is killed
 * (destroyForcibly: SIGKILL) once it is writing the new generation. The previous generation must
 * still be live and complete, and the next load must clean up and succeed.
 */
class CrashSafetyTest {
    @TempDir Path tmp;

    @Test
    void aKilledLoadLeavesThePreviousDataServedAndComplete() throws Exception {
        Path db = tmp.resolve("db");
        LoadReport before = TestData.loadAll(db, tmp);
        Path big = generate(tmp.resolve("big.nq"), 150_000);

        Process loader = new ProcessBuilder(javaBin(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                LoaderMain.class.getName(), db.toString(), big.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("loader.log").toFile()).start();
        try {
            // Wait (no fixed time) until the child has created its generation and is writing TDB2 files.
            StoreLayout layout = new StoreLayout(db);
            while (loader.isAlive() && !writingNewGeneration(layout, before.generation())) Thread.sleep(20);
            assertThat(loader.isAlive()).as("the loader must still be running when killed; log: %s",
                    Files.exists(tmp.resolve("loader.log")) ? Files.readString(tmp.resolve("loader.log")) : "").isTrue();
        } finally {
            loader.destroyForcibly();
            loader.waitFor(60, TimeUnit.SECONDS);
        }

        StoreLayout layout = new StoreLayout(db);
        assertThat(layout.liveGeneration()).contains(before.generation());
        try (LiveStore store = LiveStore.open(TestData.settings(db))) {
            long quads = StoreLoaderTest.count(store.dataset(), "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
            assertThat(quads).isEqualTo(before.publicDatabaseQuads());
            assertThat(StoreLoaderTest.count(store.dataset(),
                    "SELECT (COUNT(?p) AS ?n) { ?p a <https://w3id.org/esimder/ontology#Person> }")).isEqualTo(5);
        }
        // The next load removes the debris and goes live.
        LoadReport after = StoreLoader.load(db, List.of(TestData.copy(TestData.PUBLIC_FILE, Files.createDirectory(tmp.resolve("again")))),
                LoadOptions.defaults());
        assertThat(layout.liveGeneration()).contains(after.generation());
        assertThat(layout.generations()).allMatch(StoreLayout::isComplete);
    }

    private static boolean writingNewGeneration(StoreLayout layout, Path live) throws IOException {
        for (Path g : layout.generations()) {
            if (g.equals(live)) continue;
            Path tdb = StoreLayout.tdb2(g);
            if (Files.isDirectory(tdb)) {
                try (var files = Files.walk(tdb)) {
                    if (files.anyMatch(p -> p.getFileName().toString().endsWith(".dat") && p.toFile().length() > 0)) return true;
                }
            }
        }
        return false;
    }

    static Path generate(Path file, int persons) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String g = " <http://localhost:8080/graph/generated> .\n";
            for (int i = 1; i <= persons; i++) {
                String p = "<http://localhost:8080/id/person/generated-" + i + ">";
                w.write(p + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/esimder/ontology#Person>" + g);
                w.write(p + " <http://www.w3.org/2000/01/rdf-schema#label> \"Тестов-" + i + " Тест Тестович\"" + g);
                w.write(p + " <https://w3id.org/esimder/ontology#birthYear> \"" + (1880 + i % 40)
                        + "\"^^<http://www.w3.org/2001/XMLSchema#integer>" + g);
            }
        }
        return file;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The child process: one load, as {@code esimder load} runs it. */
    public static final class LoaderMain {
        public static void main(String[] args) {
            StoreLoader.load(Path.of(args[0]), List.of(Path.of(args[1])), LoadOptions.defaults());
        }
    }
}
