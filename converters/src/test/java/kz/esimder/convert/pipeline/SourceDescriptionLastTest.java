package kz.esimder.convert.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.esimder.convert.cli.EsimderCli;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The source's description is written after every batch of its records, never into them: with
 * {@code --synthetic} the pipeline once skipped the wait for the writer thread, and both threads
 * wrote into one output, now and then mid-line (found by a clean-clone CI run: an unparseable line).
 */
class SourceDescriptionLastTest {
    @TempDir Path dir;

    @RepeatedTest(3)
    void withSyntheticTheDescriptionComesLastAndEveryLineParses() throws Exception {
        Path generated = dir.resolve("generated.txt");
        Path nq = dir.resolve("out.nq");
        assertThat(cli("generate", "--persons", "2000", "--format", "memorybook", "--seed", "1", "--output", generated.toString())).isZero();
        assertThat(cli("convert", "--input", generated.toString(), "--format", "memorybook", "--synthetic", "--output", nq.toString())).isZero();
        RDFParser.source(nq).lang(Lang.NQUADS).parse(StreamRDFLib.sinkNull()); // throws on a broken line
        List<String> lines = Files.readAllLines(nq, StandardCharsets.UTF_8);
        String source = "<http://localhost:8080/id/source/generated> ";
        List<String> described = lines.stream().filter(l -> l.startsWith(source)).toList();
        assertThat(described).isNotEmpty();
        assertThat(lines.subList(lines.size() - described.size(), lines.size())).isEqualTo(described);
    }

    private static int cli(String... args) {
        CommandLine cl = EsimderCli.commandLine(TestOntology::load);
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }
}
