package kz.esimder.convert.link.eval;

import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kz.esimder.convert.link.dedup.PairScorer;
import kz.esimder.convert.link.dedup.Thresholds;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code esimder evaluate-matching --pairs FILE}: precision and recall of deduplication on labelled pairs. */
@Command(name = "evaluate-matching", mixinStandardHelpOptions = true,
        description = "Scores labelled pairs of persons and prints precision and recall at the merge threshold.")
public final class EvaluateMatchingCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--pairs", required = true, description = "labelled pairs CSV (converters/src/test/resources/link/labelled-pairs.csv)")
    Path pairs;

    @Option(names = "--merge-threshold", description = "default: ${DEFAULT-VALUE}")
    double merge = Thresholds.DEFAULT.merge();

    @Option(names = "--possible-threshold", description = "default: ${DEFAULT-VALUE}")
    double possible = Thresholds.DEFAULT.possible();

    @Option(names = "--errors", description = "list every wrong prediction with its explanation")
    boolean listErrors;

    @Override
    public Integer call() throws Exception {
        List<LabelledPair> labelled;
        try (Reader in = Files.newBufferedReader(pairs, StandardCharsets.UTF_8)) {
            labelled = new LabelledPairsReader().read(in);
        }
        MatchingEvaluation.Result r = new MatchingEvaluation(new PairScorer(), new Thresholds(merge, possible)).evaluate(labelled);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "pairs %d: %d matches, %d non-matches%n", labelled.size(),
                r.truePositives() + r.falseNegatives(), r.falsePositives() + r.trueNegatives());
        out.printf(Locale.ROOT, "merge threshold %.2f: TP %d FP %d FN %d TN %d%n", merge,
                r.truePositives(), r.falsePositives(), r.falseNegatives(), r.trueNegatives());
        out.printf(Locale.ROOT, "precision %.3f%nrecall %.3f%nrecall at the possible-match threshold %.2f: %.3f%n",
                r.precision(), r.recall(), possible, r.recallForEditor());
        if (listErrors) r.errors().forEach(out::println);
        out.flush();
        return 0;
    }

    /** For running without the CLI: {@code java -cp esimder.jar kz.esimder.convert.link.eval.EvaluateMatchingCommand --pairs FILE}. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new EvaluateMatchingCommand()).execute(args));
    }
}
