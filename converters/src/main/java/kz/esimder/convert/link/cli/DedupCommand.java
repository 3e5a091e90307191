package kz.esimder.convert.link.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kz.esimder.convert.link.Linking;
import kz.esimder.convert.link.dedup.Thresholds;
import kz.esimder.store.EventStatistics;
import kz.esimder.store.GraphNames;
import org.apache.jena.query.Dataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code esimder dedup --db DIR}: reruns deduplication and the Memorial links over the live store,
 * then the event statistics, which count an event merged records state twice once.
 */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = "Finds the persons that are one across sources and rewrites the dedup and memorial linksets of the live store.")
public final class DedupCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    StoreOptions store;

    @Option(names = "--merge-threshold", description = "Merge at or above (default: ${DEFAULT-VALUE}).")
    double merge = Thresholds.DEFAULT.merge();

    @Option(names = "--possible-threshold", description = "Possible match at or above (default: ${DEFAULT-VALUE}).")
    double possible = Thresholds.DEFAULT.possible();

    @Override
    public Integer call() {
        Linking linking = new Linking(store.base, new Thresholds(merge, possible), null, null, null);
        Dataset dataset;
        try {
            dataset = LiveDatabase.open(store.db);
        } catch (LiveDatabase.CommandLineProblem e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        // One write transaction (not the bulk loader): this store is live, a crash must leave it whole.
        Linking.Summary s = linking.run(dataset);
        // The event counts follow linking: an event two merged records state counts once.
        long statistics = EventStatistics.rebuild(dataset.asDatasetGraph(), new GraphNames(store.base));
        PrintWriter out = spec.commandLine().getOut();
        out.println(s.describe() + ", statistics rebuilt (" + statistics + " quads)");
        out.flush();
        return 0;
    }
}
