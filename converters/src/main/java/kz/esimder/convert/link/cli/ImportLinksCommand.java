package kz.esimder.convert.link.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import kz.esimder.convert.link.partner.ImportReport;
import kz.esimder.convert.link.partner.PartnerLinksetImporter;
import kz.esimder.convert.link.partner.Rejection;
import org.apache.jena.query.Dataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code esimder import-links FILE --db DIR --partner KEY --publisher NAME}: validates a partner's
 * linkset and loads what passes into its own graph. Exit code 0 when every statement was taken,
 * 3 when some were rejected (each listed on stderr: line, reason), 2 when the input is unusable.
 */
@Command(name = "import-links", mixinStandardHelpOptions = true,
        description = "Imports a partner archive's linkset (owl:sameAs, skos:*Match) into a graph of its own, rejecting what does not link to us.")
public final class ImportLinksCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The linkset: N-Triples (checked line by line), Turtle or RDF/XML.")
    Path file;

    @CommandLine.Mixin
    StoreOptions store;

    @Option(names = "--partner", required = true, paramLabel = "KEY", description = "[a-z0-9-]: the graph is {base}graph/linkset/partner-KEY.")
    String partner;

    @Option(names = "--publisher", required = true, paramLabel = "NAME", description = "The partner's name, for the VoID description.")
    String publisher;

    @Option(names = "--partner-dataset", paramLabel = "IRI", description = "The partner's dataset IRI (void:objectsTarget).")
    String partnerDataset;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) throw new CommandLine.ParameterException(spec.commandLine(), "not a readable file: " + file);
        PartnerLinksetImporter importer;
        Dataset dataset;
        try {
            importer = new PartnerLinksetImporter(store.base, partner, publisher, partnerDataset);
            dataset = LiveDatabase.open(store.db);
        } catch (IllegalArgumentException | LiveDatabase.CommandLineProblem e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ImportReport report = importer.importFile(file, dataset);
        return print(report, spec.commandLine().getOut(), spec.commandLine().getErr(), file);
    }

    static int print(ImportReport report, PrintWriter out, PrintWriter err, Path file) {
        for (Rejection r : report.rejected()) {
            err.printf(Locale.ROOT, "%s:%d: rejected: %s%s%n", file.getFileName(), r.line(), r.reason(),
                    r.statement().isEmpty() ? "" : " — " + r.statement());
        }
        out.printf(Locale.ROOT, "%s: %d links imported, %d statements rejected%n", report.graph(), report.accepted(), report.rejected().size());
        out.flush();
        err.flush();
        return report.rejected().isEmpty() ? 0 : 3;
    }
}
