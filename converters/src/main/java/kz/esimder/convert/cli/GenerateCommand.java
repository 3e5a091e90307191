package kz.esimder.convert.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.esimder.convert.generate.SyntheticDataGenerator;
import kz.esimder.convert.generate.SyntheticFormat;
import kz.esimder.convert.pipeline.AtomicOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code esimder generate}: realistic synthetic records for benchmarks and load tests. Never demo data. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes synthetic victim records (marked synthetic) in a source format, the same for the same seed.")
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--persons", required = true, paramLabel = "N", description = "How many persons.")
    long persons;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "memorybook, csv, xlsx or jsonl.")
    SyntheticFormat format;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (persons < 0) {
            throw new ParameterException(spec.commandLine(), "--persons must not be negative, was " + persons);
        }
        try (AtomicOutput out = AtomicOutput.open(output); Progress progress = Progress.start("generate", persons)) {
            new SyntheticDataGenerator().generate(persons, format, seed, out.stream(), progress);
            out.commit();
        }
        return ExitCodes.OK;
    }
}
