package kz.esimder.convert.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.DatasetFactory;
import kz.esimder.convert.link.LinkWriter;
import kz.esimder.convert.link.Linking;
import org.apache.jena.system.progress.MonitorOutput;
import kz.esimder.store.LoadException;
import kz.esimder.store.LoadOptions;
import kz.esimder.store.LoadReport;
import kz.esimder.store.StoreLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code esimder load --db DIR FILE.nq...}: builds a new TDB2 generation beside the live one with
 * the bulk loader and switches to it only once it is complete and its counts check out (see
 * {@link StoreLoader}); until then, and after any failure, the previous data keeps being served.
 * Deduplication and the Memorial links run on the new generation before it goes live, unless
 * {@code --no-link}.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Loads N-Quads into a new store generation and switches to it atomically.")
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The store directory (as esimder.db).")
    Path database;

    @Option(names = "--restricted", paramLabel = "FILE",
            description = "A file whose every graph is restricted: stored apart, never public (repeatable).")
    List<Path> restricted = new ArrayList<>();

    @Option(names = "--base", defaultValue = "http://localhost:8080/", paramLabel = "URL",
            description = "The base IRI the data was converted with (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--loader", defaultValue = "PHASED", paramLabel = "phased|parallel",
            description = "TDB2 bulk loader: phased (less memory, default) or parallel (faster on many cores).")
    LoadOptions.Loader loader;

    @Option(names = "--no-link", description = "Skip deduplication and the Memorial links (run them later with 'esimder dedup').")
    boolean noLink;

    @Parameters(arity = "1..*", paramLabel = "FILE.nq", description = "N-Quads files (public unless named by --restricted).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<Path> all = new ArrayList<>(files);
        all.addAll(restricted);
        for (Path f : all) {
            if (!Files.isReadable(f)) {
                throw new NoSuchFileException(f.toString());
            }
        }
        LoadOptions.Builder options = LoadOptions.builder().base(base).loader(loader);
        restricted.forEach(options::restrictedFile);
        MonitorOutput progress = System.console() == null ? (fmt, args) -> { }
                : (fmt, args) -> spec.commandLine().getErr().printf(fmt + "%n", args);
        options.progress(progress);
        if (!noLink) {
            // Offline linking only: the links out to Wikidata and GeoNames need the network ('esimder link-out').
            // The generation is not live yet and is thrown away on failure: its writes may go through the bulk loader.
            options.afterLoad(dsg -> Linking.offline(base).run(DatasetFactory.wrap(dsg), LinkWriter.bulkLoader(progress)).describe());
        }
        try {
            LoadReport report = StoreLoader.load(database, all, options.build());
            spec.commandLine().getOut().println(report);
            return ExitCodes.OK;
        } catch (LoadException e) {
            spec.commandLine().getErr().println("esimder load: " + ErrorHandlers.oneLine(e.getMessage())
                    + " (the previous data is still served)");
            return ExitCodes.UNUSABLE;
        }
    }
}
