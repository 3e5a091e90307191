package kz.esimder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up in the middle of a load, simulated without root: the free space the loader
 * sees drops to nothing once the load has started, while the work itself is stuck (as Jena's bulk
 * loader is when its writer threads die) or fails with an I/O error. The load must end with one
 * clean {@link LoadException}, the half-built generation gone and the previous one still current.
 */
class DiskFullDuringLoadTest {
    @TempDir Path tmp;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang detector, not a performance target
    void aDiskFillingUpUnderAStuckLoadFailsItAndKeepsThePreviousGeneration() throws Exception {
        Path db = tmp.resolve("db");
        LoadReport before = TestData.loadAll(db, tmp);
        AtomicBoolean started = new AtomicBoolean();
        CountDownLatch never = new CountDownLatch(1);
        LoadOptions options = LoadOptions.builder()
                // plenty of room for the check before the load; none once the work has begun
                .freeSpace(path -> started.get() ? 1L << 20 : 1L << 40)
                .afterLoad(dsg -> {
                    started.set(true);
                    try {
                        never.await(); // a stuck bulk loader: only the watchdog gets the load out of here
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "";
                })
                .build();

        Path again = Files.createDirectories(tmp.resolve("again"));

        assertThatThrownBy(() -> StoreLoader.load(db, List.of(TestData.copy(TestData.PUBLIC_FILE, again)), options))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("The disk filled up during the load")
                .hasMessageContaining("1 MB free")
                .hasMessageEndingWith("the live data is unchanged")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));

        assertPreviousGenerationIsStillServed(db, before);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aWriteThatFailsMidwayIsOneCleanErrorAndLeavesNoHalfBuiltGeneration() throws Exception {
        Path db = tmp.resolve("db");
        LoadReport before = TestData.loadAll(db, tmp);
        LoadOptions options = LoadOptions.builder()
                .afterLoad(dsg -> {
                    throw new UncheckedIOException(new IOException("No space left on device"));
                })
                .build();
        Path again = Files.createDirectories(tmp.resolve("again"));

        assertThatThrownBy(() -> StoreLoader.load(db, List.of(TestData.copy(TestData.PUBLIC_FILE, again)), options))
                .isInstanceOf(LoadException.class)
                .hasMessageContaining("A write failed during the load")
                .hasMessageContaining("No space left on device")
                .hasMessageEndingWith("the live data is unchanged");

        assertPreviousGenerationIsStillServed(db, before);
    }

    private static void assertPreviousGenerationIsStillServed(Path db, LoadReport before) throws IOException {
        StoreLayout layout = new StoreLayout(db);
        assertThat(layout.liveGeneration()).contains(before.generation());
        assertThat(layout.generations()).as("the half-built generation is removed").containsExactly(before.generation());
        try (LiveStore store = LiveStore.open(TestData.settings(db))) {
            long persons = StoreLoaderTest.count(store.dataset(),
                    "SELECT (COUNT(?p) AS ?n) { ?p a <https://w3id.org/esimder/ontology#Person> }");
            assertThat(persons).isEqualTo(5);
        }
    }
}
