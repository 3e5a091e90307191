package kz.esimder.convert.cli;

import java.util.OptionalInt;
import kz.esimder.convert.link.cli.DedupCommand;
import kz.esimder.convert.link.cli.ImportLinksCommand;
import kz.esimder.convert.link.cli.LinkOutCommand;
import kz.esimder.convert.link.eval.EvaluateMatchingCommand;
import kz.esimder.convert.pipeline.OntologyResources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code esimder}: the command line of the converters. Each subcommand is its own class; a new one
 * (the store's {@code load}) is added to {@link #commandLine()} with {@code addSubcommand}, or to
 * the {@code subcommands} list below.
 */
@Command(name = "esimder", mixinStandardHelpOptions = true, versionProvider = EsimderCli.Version.class,
        description = "Converts lists of victims of political repression into validated RDF (N-Quads).",
        subcommands = {ConvertCommand.class, ValidateCommand.class, GenerateCommand.class, LoadCommand.class,
                DedupCommand.class, LinkOutCommand.class, ImportLinksCommand.class, EvaluateMatchingCommand.class,
                CommandLine.HelpCommand.class})
public final class EsimderCli implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed: convert, validate, generate, load, dedup, link-out, import-links or evaluate-matching");
    }

    /** The configured command line over the ontology on the classpath. */
    public static CommandLine commandLine() {
        return commandLine(new LazyOntology());
    }

    /**
     * The command line over given ontology resources (tests give their own): error handlers that
     * print one line and map failures to exit codes, and commands built with their dependencies.
     */
    public static CommandLine commandLine(java.util.function.Supplier<OntologyResources> ontology) {
        CommandLine cl = new CommandLine(new EsimderCli(), new CommandFactory(ontology));
        cl.setParameterExceptionHandler(ErrorHandlers::onParameterError);
        cl.setExecutionExceptionHandler(ErrorHandlers::onExecutionError);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    public static void main(String[] args) {
        BoundedHeapLauncher.watchParent(() -> {
            System.err.println("esimder: the launching process has ended; this run stops too");
            System.exit(ExitCodes.STOPPED);
        });
        int code;
        try {
            OptionalInt child = BoundedHeapLauncher.runInChild(args);
            code = child.isPresent() ? child.getAsInt() : commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // picocli handles exceptions, not errors; without this a too small heap (the bounded
            // child's, for a huge spreadsheet) ended in a stack trace and exit 1.
            System.err.println(OutOfMemory.message(Runtime.getRuntime().maxMemory()));
            code = ExitCodes.UNUSABLE;
        }
        System.exit(code);
    }

    /** The version from the jar's manifest, when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = EsimderCli.class.getPackage().getImplementationVersion();
            return new String[] {"esimder " + (v == null ? "(development build)" : v)};
        }
    }
}
