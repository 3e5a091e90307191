package kz.esimder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup through the admin path, restore by loading the backup N-Quads into a new store: the same quads. */
class BackupRestoreTest {
    @TempDir Path dir;

    @Test
    void aBackupRestoresToTheSameDataPublicAndRestrictedApart() throws Exception {
        Path db = dir.resolve("db");
        Path publicBackup;
        Path restrictedBackup;
        DatasetGraph original;
        try (JettyEndpoint endpoint = JettyEndpoint.withTestData(dir, StoreSettings.builder().adminPassword("s3cret-test"))) {
            assertThat(Http.post(endpoint.base() + "/admin/backup", "text/plain", "").statusCode()).isEqualTo(401);
            HttpResponse<String> r = Http.post(endpoint.base() + "/admin/backup", "text/plain", "",
                    "Authorization", Http.basic("admin", "s3cret-test"));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            try (Stream<Path> files = Files.list(endpoint.store().settings().layout().backups())) {
                List<Path> backups = files.sorted().toList();
                assertThat(backups).hasSize(2).allMatch(p -> p.toString().endsWith(".nq.gz"));
                restrictedBackup = backups.stream().filter(p -> p.toString().endsWith("-restricted.nq.gz")).findFirst().orElseThrow();
                publicBackup = backups.stream().filter(p -> !p.equals(restrictedBackup)).findFirst().orElseThrow();
            }
            original = copy(endpoint.store().dataset());
        }

        Dataset publicDump = RDFDataMgr.loadDataset(publicBackup.toString());
        assertThat(publicDump.asDatasetGraph().stream().count()).isEqualTo(original.stream().count());
        assertThat(RDFDataMgr.loadDataset(restrictedBackup.toString()).asDatasetGraph().stream().count())
                .isEqualTo(TestData.RESTRICTED_QUADS);
        assertThat(publicDump.containsNamedModel(TestData.RESTRICTED_GRAPH)).isFalse();

        Path restored = dir.resolve("restored");
        LoadReport report = StoreLoader.load(restored, List.of(publicBackup, restrictedBackup),
                LoadOptions.builder().restrictedFile(restrictedBackup).build());
        assertThat(report.restrictedQuads()).isEqualTo(TestData.RESTRICTED_QUADS);
        assertThat(report.publicDatabaseQuads()).isEqualTo(original.stream().count());
        try (LiveStore store = LiveStore.open(TestData.settings(restored))) {
            DatasetGraph back = copy(store.dataset());
            assertThat(IsoMatcher.isomorphic(original, back)).isTrue();
        }
    }

    private static DatasetGraph copy(DatasetGraph dsg) {
        Dataset copy = DatasetFactory.create();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> copy.asDatasetGraph().add(q)));
        return copy.asDatasetGraph();
    }
}
