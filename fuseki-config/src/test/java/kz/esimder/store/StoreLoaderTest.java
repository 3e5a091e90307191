package kz.esimder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLoaderTest {
    @TempDir Path tmp;

    @Test
    void loadsPublicAndRestrictedApartAndSwitches() {
        Path db = tmp.resolve("db");
        LoadReport report = TestData.loadAll(db, tmp);

        assertThat(report.publicQuads()).isEqualTo(TestData.PUBLIC_QUADS);
        assertThat(report.restrictedQuads()).isEqualTo(TestData.RESTRICTED_QUADS);
        assertThat(report.quadsLoaded()).isEqualTo(TestData.PUBLIC_QUADS + TestData.RESTRICTED_QUADS);
        assertThat(report.restrictedGraphs()).isEqualTo(1);
        assertThat(report.indexedNames()).isGreaterThanOrEqualTo(5 * 4);
        StoreLayout layout = new StoreLayout(db);
        assertThat(layout.liveGeneration()).contains(report.generation());
        assertThat(Files.isSymbolicLink(layout.currentLink())).isTrue();

        try (LiveStore store = LiveStore.open(TestData.settings(db))) {
            long persons = count(store.dataset(), "SELECT (COUNT(?p) AS ?n) { ?p a <https://w3id.org/esimder/ontology#Person> }");
            assertThat(persons).isEqualTo(5);
            long restricted = count(store.dataset(), "SELECT (COUNT(*) AS ?n) { GRAPH <" + TestData.RESTRICTED_GRAPH + "> { ?s ?p ?o } }");
            assertThat(restricted).isZero();
        }
        DatasetGraph restrictedDb = DatabaseMgr.connectDatasetGraph(Location.create(StoreLayout.restrictedTdb2(report.generation())));
        try {
            long n = Txn.calculateRead(restrictedDb, () -> (long) org.apache.jena.atlas.iterator.Iter.count(restrictedDb.find()));
            assertThat(n).isEqualTo(TestData.RESTRICTED_QUADS);
        } finally {
            TDBInternal.expel(restrictedDb, true);
        }
    }

    @Test
    void restrictedFlagSendsAWholeFileApart() {
        Path db = tmp.resolve("db");
        Path file = TestData.copy(TestData.PUBLIC_FILE, tmp);
        LoadReport report = StoreLoader.load(db, List.of(file), LoadOptions.builder().restrictedFile(file).build());
        assertThat(report.publicQuads()).isZero();
        assertThat(report.restrictedQuads()).isEqualTo(TestData.PUBLIC_QUADS);
    }

    @Test
    void aNewLoadReplacesTheDataAndOldGenerationsAreRemoved() throws IOException {
        Path db = tmp.resolve("db");
        LoadReport first = TestData.loadAll(db, Files.createDirectory(tmp.resolve("a")));
        LoadReport second = StoreLoader.load(db, List.of(TestData.copy(TestData.PUBLIC_FILE, Files.createDirectory(tmp.resolve("b")))),
                LoadOptions.defaults());
        LoadReport third = StoreLoader.load(db, List.of(TestData.copy(TestData.PUBLIC_FILE, Files.createDirectory(tmp.resolve("c")))),
                LoadOptions.defaults());
        StoreLayout layout = new StoreLayout(db);
        assertThat(layout.liveGeneration()).contains(third.generation());
        // The one before the live one stays (a server may still read it); older ones go.
        assertThat(Files.exists(second.generation())).isTrue();
        assertThat(Files.exists(first.generation())).isFalse();
        assertThat(third.restrictedQuads()).isZero();
    }

    @Test
    void aBadFileLeavesTheLiveGenerationAndNoDebris() throws IOException {
        Path db = tmp.resolve("db");
        LoadReport good = TestData.loadAll(db, tmp);
        Path bad = tmp.resolve("broken.nq");
        Files.writeString(bad, Files.readString(tmp.resolve(TestData.PUBLIC_FILE)) + "<http://x/s> <http://x/p> \"unterminated <http://x/g> .\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StoreLoader.load(db, List.of(bad), LoadOptions.defaults()))
                .isInstanceOf(LoadException.class).hasMessageContaining("broken.nq");
        StoreLayout layout = new StoreLayout(db);
        assertThat(layout.liveGeneration()).contains(good.generation());
        assertThat(layout.generations()).containsExactly(good.generation());
    }

    @Test
    void aTripleOutsideANamedGraphIsRefused() throws IOException {
        Path file = tmp.resolve("triples.nq");
        Files.writeString(file, "<http://x/s> <http://x/p> \"o\" .\n");
        assertThatThrownBy(() -> StoreLoader.load(tmp.resolve("db"), List.of(file), LoadOptions.defaults()))
                .isInstanceOf(LoadException.class).hasMessageContaining("triples.nq").hasMessageContaining("named graph");
        assertThat(new StoreLayout(tmp.resolve("db")).liveGeneration()).isEmpty();
    }

    @Test
    void repeatedQuadsAreCountedOnceAndTheCountsStillCheckOut() throws IOException {
        Path file = tmp.resolve("dup.nq");
        String line = "<http://x/s> <http://x/p> \"Агеев\" <http://x/g> .\n";
        Files.writeString(file, line + line + "<http://x/s> <http://x/p> \"Ахмет\" <http://x/g> .\n", StandardCharsets.UTF_8);
        LoadReport report = StoreLoader.load(tmp.resolve("db"), List.of(file), LoadOptions.defaults());
        assertThat(report.publicQuads()).isEqualTo(2);
        assertThat(report.duplicates()).isEqualTo(1);
    }

    @Test
    void aQuadRepeatedFarApartFailsTheCountCheckAndLeavesTheLiveData() throws IOException {
        Path db = tmp.resolve("db");
        LoadReport good = TestData.loadAll(db, tmp);
        Path file = tmp.resolve("far.nq");
        String repeated = "<http://x/s> <http://x/p> \"Агеев\" <http://x/g> .\n";
        StringBuilder text = new StringBuilder(repeated);
        for (int i = 0; i < 10_001; i++) text.append("<http://x/s> <http://x/p> \"").append(i).append("\" <http://x/g> .\n");
        Files.writeString(file, text.append(repeated), StandardCharsets.UTF_8);
        // The window of QuadRouter's duplicate check is 10,000 quads: this repeat passes it, TDB2 keeps one copy.
        LoadException e = org.junit.jupiter.api.Assertions.assertThrows(LoadException.class,
                () -> StoreLoader.load(db, List.of(file), LoadOptions.defaults()));
        var counts = java.util.regex.Pattern.compile("Count check failed for the public database: ([\\d,]+) quads sent, ([\\d,]+) stored")
                .matcher(e.getMessage());
        assertThat(counts.find()).as(e.getMessage()).isTrue();
        assertThat(Long.parseLong(counts.group(1).replace(",", ""))).isEqualTo(Long.parseLong(counts.group(2).replace(",", "")) + 1);
        assertThat(new StoreLayout(db).liveGeneration()).contains(good.generation());
    }

    @Test
    void theParallelLoaderGivesTheSameResult() {
        Path file = TestData.copy(TestData.PUBLIC_FILE, tmp);
        LoadReport report = StoreLoader.load(tmp.resolve("db"), List.of(file),
                LoadOptions.builder().loader(LoadOptions.Loader.PARALLEL).build());
        assertThat(report.publicQuads()).isEqualTo(TestData.PUBLIC_QUADS);
    }

    @Test
    void aFreshStoreStartsWithTheOntologyGraphsOnly() {
        Path db = tmp.resolve("fresh");
        try (LiveStore store = LiveStore.open(TestData.settings(db))) {
            assertThat(new StoreLayout(db).liveGeneration()).contains(store.generation());
            long persons = count(store.dataset(), "SELECT (COUNT(?p) AS ?n) { ?p a <https://w3id.org/esimder/ontology#Person> }");
            assertThat(persons).isZero();
            long outside = count(store.dataset(), "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } "
                    + "FILTER(?g NOT IN (<http://localhost:8080/graph/ontology>, <http://localhost:8080/graph/vocab>)) }");
            assertThat(outside).isZero();
        }
    }

    @Test
    void theOntologyAndVocabularyGraphsHoldWhatTheClasspathHas() {
        Path db = tmp.resolve("db");
        LoadReport report = TestData.loadAll(db, tmp);
        try (LiveStore store = LiveStore.open(TestData.settings(db))) {
            long builtIn = count(store.dataset(), "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } "
                    + "FILTER(?g IN (<http://localhost:8080/graph/ontology>, <http://localhost:8080/graph/vocab>)) }");
            long statistics = count(store.dataset(), "SELECT (COUNT(*) AS ?n) { GRAPH <http://localhost:8080/graph/statistics> { ?s ?p ?o } }");
            assertThat(builtIn + statistics).isEqualTo(report.builtInQuads());
            long ontology = kz.esimder.ontology.OntologyFiles.ontology().size();
            long vocab = kz.esimder.ontology.OntologyFiles.vocabularies().size();
            assertThat(ontology).isPositive();
            assertThat(vocab).isPositive();
            assertThat(builtIn).isEqualTo(ontology + vocab);
        }
    }

    @Test
    void aCurrentDirectoryMadeByAServerIsNeverReplaced() throws IOException {
        Path db = tmp.resolve("db");
        Files.createDirectories(db.resolve("current").resolve("tdb2"));
        Path file = TestData.copy(TestData.PUBLIC_FILE, tmp);
        assertThatThrownBy(() -> StoreLoader.load(db, List.of(file), LoadOptions.defaults()))
                .isInstanceOf(LoadException.class).hasMessageContaining("is a directory");
        assertThat(Files.isDirectory(db.resolve("current").resolve("tdb2"))).isTrue();
        assertThat(new StoreLayout(db).generations()).isEmpty();
    }

    @Test
    void eventCountsByKindAndYearArePrecomputedFromPublicDataOnly() {
        Path db = tmp.resolve("db");
        TestData.loadAll(db, tmp);
        try (LiveStore store = LiveStore.open(TestData.settings(db))) {
            String byYear = "PREFIX esm: <https://w3id.org/esimder/ontology#> "
                    + "SELECT ?year ?n { GRAPH <http://localhost:8080/graph/statistics> { ?o esm:eventType <https://w3id.org/esimder/vocab/event-type/%s> ; "
                    + "<" + EventStatistics.REF_PERIOD + "> ?year ; <" + EventStatistics.OBS_VALUE + "> ?n } } ORDER BY ?year";
            assertThat(rows(store.dataset(), String.format(byYear, "arrest")))
                    .containsExactly("1937=4", "1938=1"); // the restricted arrest in 1937 is not counted
            assertThat(rows(store.dataset(), String.format(byYear, "execution"))).containsExactly("1937=2", "1938=1");
            assertThat(rows(store.dataset(), String.format(byYear, "exile"))).containsExactly("1938=1");
        }
    }

    private static List<String> rows(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(dsg))) {
                List<String> out = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(s -> out.add(s.getLiteral("year").getLexicalForm() + "=" + s.getLiteral("n").getLong()));
                return out;
            }
        });
    }

    @Test
    void aSecondLoadWhileOneRunsIsRefusedAndChangesNothing() throws IOException {
        Path db = tmp.resolve("db");
        LoadReport live = TestData.loadAll(db, tmp);
        StoreLayout layout = new StoreLayout(db);
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(layout.loadLock(),
                java.nio.file.StandardOpenOption.WRITE); var held = ch.lock()) {
            assertThatThrownBy(() -> StoreLoader.load(db, List.of(tmp.resolve(TestData.PUBLIC_FILE)), LoadOptions.defaults()))
                    .isInstanceOf(LoadInProgressException.class);
        }
        assertThat(layout.liveGeneration()).contains(live.generation());
        assertThat(layout.generations()).containsExactly(live.generation());
    }

    @Test
    void theEmbeddedConnectionSeesTheUnionAndTheNameIndexAndRefusesUpdates() {
        Path db = tmp.resolve("db");
        TestData.loadAll(db, tmp);
        try (LiveStore store = LiveStore.open(TestData.settings(db));
             org.apache.jena.rdfconnection.RDFConnection c = LiveStore.connect(TestData.settings(db), store)) {
            assertThat(c.queryAsk("ASK { <" + TestData.AGEEV + "> a <https://w3id.org/esimder/ontology#Person> }")).isTrue();
            assertThat(c.queryAsk("PREFIX text: <http://jena.apache.org/text#> PREFIX esmtext: <https://w3id.org/esimder/text#> "
                    + "ASK { ?p text:query (esmtext:name \"Байтурсынов\") }")).isTrue();
            assertThatThrownBy(() -> c.update("INSERT DATA { GRAPH <http://x/g> { <http://x/s> <http://x/p> 1 } }"))
                    .isInstanceOf(RuntimeException.class);
        }
    }

    static long count(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(dsg))) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
