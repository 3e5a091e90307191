package kz.esimder.convert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.esimder.convert.pipeline.TestConversions;
import kz.esimder.store.LiveStore;
import kz.esimder.store.StoreSettings;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code esimder convert} then {@code esimder load}: the store serves what was converted, and a failed load changes nothing. */
class LoadCommandTest {
    @TempDir
    Path dir;

    private static final String PERSONS = "PREFIX esm: <https://w3id.org/esimder/ontology#> "
            + "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a esm:Person }";

    private Path converted() throws Exception {
        Path in = Files.copy(TestConversions.resource("/golden/memorybook.txt"), dir.resolve("list.txt"));
        Path out = dir.resolve("list.nq");
        CliRun run = CliRun.run(TestConversions::ontology, "convert", "--input", in.toString(), "--output", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        return out;
    }

    private long persons(Path db) {
        try (LiveStore store = LiveStore.open(StoreSettings.builder().database(db).build())) {
            return Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store.dataset())).query(PERSONS).build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
        }
    }

    @Test
    void loadsConvertedQuadsAndPrintsTheCount() throws Exception {
        Path nq = converted();
        long lines = Files.readAllLines(nq).stream().filter(l -> !l.isBlank()).count();
        Path db = dir.resolve("db");
        CliRun run = CliRun.run("load", "--db", db.toString(), nq.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains(String.format("%,d quads loaded", lines));
        assertThat(persons(db)).isEqualTo(4);
        assertThat(run.out()).as("deduplication ran on the new generation").contains("persons 4, pairs compared");
    }

    @Test
    void noLinkSkipsDeduplication() throws Exception {
        Path db = dir.resolve("db");
        CliRun run = CliRun.run("load", "--no-link", "--db", db.toString(), converted().toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("quads loaded").doesNotContain("pairs compared");
    }

    @Test
    void aBrokenFileLeavesThePreviousDataServed() throws Exception {
        Path db = dir.resolve("db");
        assertThat(CliRun.run("load", "--db", db.toString(), converted().toString()).exitCode()).isEqualTo(ExitCodes.OK);
        Path broken = Files.writeString(dir.resolve("broken.nq"), "<http://x/s> <http://x/p> \"unterminated .\n");
        CliRun run = CliRun.run("load", "--db", db.toString(), broken.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(run.errIsOneCleanLine()).as(run.err()).isTrue();
        assertThat(persons(db)).isEqualTo(4);
    }

    @Test
    void aMissingFileIsUnusableInput() {
        CliRun run = CliRun.run("load", "--db", dir.resolve("db").toString(), dir.resolve("nope.nq").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(run.err()).contains("file not found");
        assertThat(run.errIsOneCleanLine()).isTrue();
    }
}
