package kz.esimder.convert.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import kz.esimder.convert.pipeline.OntologyResources;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code esimder validate FILE.nq}: the SHACL report of a converted file, all graphs together with
 * the ontology and vocabularies. Exit 0 when it conforms, 1 when not. The file is held in memory:
 * for very large files validate per source or rely on the per-record validation of {@code convert}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validates an N-Quads file against the Esimder shapes. Exit 0: conforms; 1: does not; 2: unreadable.")
public final class ValidateCommand implements Callable<Integer> {
    private static final int SHOWN = 50;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.nq", description = "The N-Quads file.")
    Path file;

    private final Supplier<OntologyResources> ontology;

    ValidateCommand(Supplier<OntologyResources> ontology) {
        this.ontology = ontology;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        OntologyResources ontology = this.ontology.get();
        Graph data = GraphFactory.createGraphMem();
        RDFParser.source(file).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                data.add(quad.asTriple());
            }

            @Override
            public void triple(org.apache.jena.graph.Triple triple) {
                data.add(triple);
            }
        });
        long size = data.size();
        ontology.reference().find().forEachRemaining(data::add);
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(ontology.shapes()), data);
        PrintWriter out = spec.commandLine().getOut();
        if (report.conforms()) {
            out.printf("%s: %d triples conform to the Esimder shapes%n", file.getFileName(), size);
            out.flush();
            return ExitCodes.OK;
        }
        out.printf("%s: %d violations%n", file.getFileName(), report.getEntries().size());
        int shown = 0;
        for (ReportEntry e : report.getEntries()) {
            if (shown++ == SHOWN) {
                out.printf("… and %d more%n", report.getEntries().size() - SHOWN);
                break;
            }
            out.printf("  %s %s: %s%n", e.focusNode(), e.resultPath() == null ? "" : e.resultPath(), e.message());
        }
        out.flush();
        return ExitCodes.NOT_CONFORMING;
    }
}
