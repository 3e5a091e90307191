package kz.esimder.convert.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import kz.esimder.convert.pipeline.OntologyResources;
import kz.esimder.convert.pipeline.TestOntology;
import picocli.CommandLine;

/** One run of the command line in this JVM, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(String... args) {
        return run(TestOntology::load, args);
    }

    static CliRun run(Supplier<OntologyResources> ontology, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = EsimderCli.commandLine(ontology);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Exactly one line, and nothing that looks like a stack trace. */
    boolean errIsOneCleanLine() {
        String e = err.strip();
        return !e.isEmpty() && e.lines().count() == 1 && !e.contains("\tat ") && !e.contains("Exception:")
                && !e.contains("Exception\n");
    }
}
