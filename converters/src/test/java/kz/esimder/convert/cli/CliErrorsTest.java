package kz.esimder.convert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of unusable argument or input: exit 2, one line on stderr, no stack trace, no output file. */
class CliErrorsTest {
    @TempDir
    Path dir;

    private void assertUnusable(CliRun run, String mentions) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(run.errIsOneCleanLine()).as("stderr: %s", run.err()).isTrue();
        assertThat(run.err()).contains(mentions);
    }

    private Path text(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void noSubcommand() {
        assertUnusable(CliRun.run(), "subcommand");
    }

    @Test
    void unknownSubcommandOrOption() {
        assertUnusable(CliRun.run("frobnicate"), "frobnicate");
        assertUnusable(CliRun.run("convert", "--frobnicate"), "--frobnicate");
    }

    @Test
    void missingRequiredOptions() throws Exception {
        assertUnusable(CliRun.run("convert", "--input", text("a.txt", "x").toString()), "--output");
        assertUnusable(CliRun.run("convert", "--output", dir.resolve("o.nq").toString()), "--input");
    }

    @Test
    void missingInputFile() {
        Path out = dir.resolve("o.nq");
        assertUnusable(CliRun.run("convert", "--input", dir.resolve("nope.txt").toString(), "--output", out.toString()), "nope.txt");
        assertThat(out).doesNotExist();
    }

    @Test
    void unknownFormatAndEncoding() throws Exception {
        Path in = text("a.txt", "Родился в 1900 г.\n---\n");
        String out = dir.resolve("o.nq").toString();
        assertUnusable(CliRun.run("convert", "--input", in.toString(), "--format", "docx", "--output", out), "docx");
        assertUnusable(CliRun.run("convert", "--input", in.toString(), "--encoding", "KOI-9", "--output", out), "KOI-9");
    }

    @Test
    void binaryInput() throws Exception {
        byte[] bytes = new byte[4096];
        new Random(1).nextBytes(bytes);
        Path bin = Files.write(dir.resolve("photo.bin"), bytes);
        Path out = dir.resolve("o.nq");
        CliRun run = CliRun.run("convert", "--input", bin.toString(), "--output", out.toString());
        assertUnusable(run, "photo.bin");
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).as("no partial output left behind").containsExactly(bin);
        }
    }

    @Test
    void outputDirectoryMissing() throws Exception {
        Path in = text("a.txt", "Родился в 1900 г.\n---\n");
        assertUnusable(CliRun.run("convert", "--input", in.toString(), "--output", dir.resolve("no/such/o.nq").toString()), "no/such");
    }

    @Test
    void twoInputsWithTheSameSourceKey() throws Exception {
        Path a = text("list.txt", "Родился в 1900 г.\n---\n");
        Files.createDirectory(dir.resolve("other"));
        Path b = Files.writeString(dir.resolve("other/list.txt"), "Родился в 1901 г.\n---\n");
        assertUnusable(CliRun.run("convert", "--input", a.toString(), b.toString(), "--output", dir.resolve("o.nq").toString()), "list");
    }

    @Test
    void badBase() throws Exception {
        Path in = text("a.txt", "Родился в 1900 г.\n---\n");
        assertUnusable(CliRun.run("convert", "--input", in.toString(), "--base", "ftp:/x", "--output", dir.resolve("o.nq").toString()), "ftp:/x");
    }

    @Test
    void validateMissingOrGarbage() throws Exception {
        assertUnusable(CliRun.run("validate", dir.resolve("none.nq").toString()), "none.nq");
        assertUnusable(CliRun.run("validate", text("bad.nq", "this is not <rdf\n").toString()), "not valid RDF");
    }

    @Test
    void generateWithBadArguments() {
        assertUnusable(CliRun.run("generate", "--persons", "-5", "--format", "csv", "--output", dir.resolve("g.csv").toString()), "-5");
        assertUnusable(CliRun.run("generate", "--persons", "5", "--format", "pdf", "--output", dir.resolve("g.pdf").toString()), "pdf");
        assertUnusable(CliRun.run("generate", "--persons", "many", "--format", "csv", "--output", dir.resolve("g.csv").toString()), "many");
    }
}
