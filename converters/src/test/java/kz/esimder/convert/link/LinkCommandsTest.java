package kz.esimder.convert.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.esimder.convert.link.cli.DedupCommand;
import kz.esimder.convert.link.cli.ImportLinksCommand;
import kz.esimder.store.LoadOptions;
import kz.esimder.store.StoreLayout;
import kz.esimder.store.StoreLoader;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code esimder dedup --db} and {@code esimder import-links} over a real TDB2 store built by the store's loader. */
class LinkCommandsTest {

    private record Run(int code, String out, String err) {}

    private static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void dedupAndImportLinksWriteTheirGraphsIntoTheLiveStore(@TempDir Path dir) throws Exception {
        Path nq = StalinListsMatchNotesTest.convert(dir);
        Path db = dir.resolve("store");
        StoreLoader.load(db, List.of(nq), LoadOptions.defaults());

        Run dedup = run(new DedupCommand(), "--db", db.toString());
        assertThat(dedup.code()).as(dedup.err()).isZero();
        assertThat(dedup.out()).contains("persons 59").contains("possible matches");

        Path partner = dir.resolve("partner.nt");
        Files.writeString(partner, """
                <https://archive.example.org/rec/1> <http://www.w3.org/2002/07/owl#sameAs> <http://localhost:8080/id/person/spravki-sample-2> .
                <https://archive.example.org/rec/2> <http://www.w3.org/2002/07/owl#sameAs> <https://elsewhere.example.net/2> .
                """);
        Run imported = run(new ImportLinksCommand(), partner.toString(), "--db", db.toString(), "--partner", "example",
                "--publisher", "Example Archive");
        assertThat(imported.code()).isEqualTo(3);
        assertThat(imported.out()).contains("1 links imported, 1 statements rejected");
        assertThat(imported.err().strip()).startsWith("partner.nt:2: rejected: neither side is ours");

        Path live = new StoreLayout(db).liveGeneration().orElseThrow();
        Dataset ds = TDB2Factory.connectDataset(StoreLayout.tdb2(live).toString());
        try {
            long sameAs = Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream(null, null, null, null)
                    .filter(q -> q.getGraph().getURI().endsWith("graph/linkset/dedup")
                            && q.getPredicate().getURI().equals("http://www.w3.org/2002/07/owl#sameAs")).count());
            assertThat(sameAs).isGreaterThanOrEqualTo(10);
            boolean partnerLink = Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream(null, null, null, null)
                    .anyMatch(q -> q.getGraph().getURI().endsWith("graph/linkset/partner-example")
                            && q.getSubject().getURI().equals("https://archive.example.org/rec/1")));
            assertThat(partnerLink).isTrue();
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    @Test
    void dedupWithoutAStoreIsAUsageErrorInOneLine(@TempDir Path dir) {
        Run r = run(new DedupCommand(), "--db", dir.resolve("nothing").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no live generation").doesNotContain("\tat ");
    }
}
