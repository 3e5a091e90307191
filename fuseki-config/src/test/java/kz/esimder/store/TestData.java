package kz.esimder.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The hand-written test data (src/test/resources/data), copied into a test's directory. */
final class TestData {
    static final String BASE = "http://localhost:8080/";
    static final String PUBLIC_FILE = "kz-records.nq";
    static final String RESTRICTED_FILE = "closed-list.nq";
    static final long PUBLIC_QUADS = 162;
    static final long RESTRICTED_QUADS = 26;
    static final String RESTRICTED_GRAPH = BASE + "graph/closed-list";
    static final String RESTRICTED_PERSON = BASE + "id/person/closed-list-1";
    static final String AGEEV = BASE + "id/person/kz-records-1";
    static final String BAITURSYNULY = BASE + "id/person/kz-records-2";

    private TestData() {}

    static Path copy(String name, Path dir) {
        try (InputStream in = TestData.class.getResourceAsStream("/data/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource " + name);
            Path target = dir.resolve(name);
            Files.copy(in, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads both files (public and restricted) into {@code db}. */
    static LoadReport loadAll(Path db, Path work) {
        return StoreLoader.load(db, List.of(copy(PUBLIC_FILE, work), copy(RESTRICTED_FILE, work)), LoadOptions.defaults());
    }

    static StoreSettings settings(Path db) {
        return StoreSettings.builder().database(db).adminPassword("s3cret-test").build();
    }
}
