package kz.esimder.convert.link.cli;

import java.nio.file.Path;
import kz.esimder.store.StoreLayout;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The public TDB2 database of a store's live generation ({@code {db}/current/tdb2}). TDB2 allows one
 * process per database: run these commands while no server has the store open, then reload it.
 */
final class LiveDatabase {
    private LiveDatabase() {}

    static Dataset open(Path db) {
        Path live = new StoreLayout(db).liveGeneration().orElseThrow(() -> new CommandLineProblem(
                "no live generation in " + db + ": load the store first (esimder load --db " + db + " FILE…)"));
        return TDB2Factory.connectDataset(StoreLayout.tdb2(live).toString());
    }

    /** A usage problem to report in one line (exit code 2), not a stack trace. */
    static final class CommandLineProblem extends RuntimeException {
        CommandLineProblem(String message) { super(message); }
    }
}
