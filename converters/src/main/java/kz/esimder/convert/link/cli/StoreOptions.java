package kz.esimder.convert.link.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every linking command over the store shares: where the store is, and the data base IRI. */
public final class StoreOptions {
    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The store directory (as for esimder load).")
    Path db;

    @Option(names = "--base", defaultValue = "http://localhost:8080/", paramLabel = "IRI",
            description = "The base of data IRIs (default: ${DEFAULT-VALUE}).")
    String base;
}
