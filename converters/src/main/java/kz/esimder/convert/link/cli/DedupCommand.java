package kz.esimder.convert.link.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kz.esimder.convert.link.Linking;
import kz.esimder.convert.link.dedup.Thresholds;
import org.apache.jena.query.Dataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code esimder dedup --db DIR}: reruns deduplication and the Memorial links over the live store. */
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
        Linking.Summary s = linking.run(dataset);
        PrintWriter out = spec.commandLine().getOut();
        out.println(s.describe());
        out.flush();
        return 0;
    }
}
