package kz.esimder.convert.link.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import kz.esimder.convert.link.Linkset;
import kz.esimder.convert.link.out.LinksOut;
import kz.esimder.convert.link.out.SparqlEndpoint;
import kz.esimder.ontology.OntologyFiles;
import org.apache.jena.query.Dataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code esimder link-out --db DIR}: reconciles places, organs, camps and persons with Wikidata (and GeoNames). */
@Command(name = "link-out", mixinStandardHelpOptions = true,
        description = "Links places, organs, camps and persons of the live store to Wikidata, and places to GeoNames.")
public final class LinkOutCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    StoreOptions store;

    @Option(names = "--wikidata", defaultValue = SparqlEndpoint.WIKIDATA, paramLabel = "URL",
            description = "Wikidata's SPARQL endpoint (default: ${DEFAULT-VALUE}); 'none' to skip.")
    String wikidata;

    @Option(names = "--geonames", paramLabel = "URL", description = "A SPARQL endpoint over the GeoNames RDF dump (GeoNames has no public one).")
    String geonames;

    @Option(names = "--timeout", defaultValue = "60", description = "Seconds per query (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Override
    public Integer call() {
        SparqlEndpoint wd = "none".equals(wikidata) ? null : endpoint(wikidata);
        SparqlEndpoint gn = geonames == null ? null : endpoint(geonames);
        Dataset dataset;
        try {
            dataset = LiveDatabase.open(store.db);
        } catch (LiveDatabase.CommandLineProblem e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Linkset ls : new LinksOut(wd, gn).run(dataset, OntologyFiles.vocabularies(), store.base)) {
            out.printf(Locale.ROOT, "%s: %d links%n", ls.graphName().getURI(), ls.links());
        }
        out.flush();
        return 0;
    }

    private SparqlEndpoint endpoint(String url) {
        try {
            return new SparqlEndpoint(url, timeout);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
