package kz.esimder.convert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.esimder.convert.pipeline.TestConversions;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar run as a user runs it ({@code java -jar target/esimder.jar …}): a streaming
 * command runs in a child JVM with the bounded heap, with the same exit code and output. Runs
 * after {@code package} (the surefire execution {@code jar-tests}). {@code -XX:+PrintCommandLineFlags}
 * makes every JVM print its heap limit on stdout: the parent's, and the child's, who got the option too.
 */
class BoundedHeapJarTest {
    private static final Path JAR = Path.of("target", "esimder.jar");

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
        /** The heap limits the JVMs of the run printed, in bytes: the parent's first. */
        List<Long> heapLimits() {
            List<Long> limits = new ArrayList<>();
            Matcher m = Pattern.compile("-XX:MaxHeapSize=(\\d+)").matcher(out);
            while (m.find()) {
                limits.add(Long.parseLong(m.group(1)));
            }
            return limits;
        }
    }

    private Run jar(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+PrintCommandLineFlags", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", BoundedHeapLauncher.OPT_OUT));
        builder.environment().putAll(environment);
        int code = builder.start().waitFor();
        return new Run(code, Files.readString(out), Files.readString(err));
    }

    private static long boundInBytes() {
        String xmx = BoundedHeapLauncher.CHILD_HEAP;
        assertThat(xmx).as("the test reads a bound in MiB").matches("-Xmx\\d+m");
        return Long.parseLong(xmx.substring(4, xmx.length() - 1)) << 20;
    }

    @Test
    void convertRunsInTheBoundedChildWithItsOutputAndExitCode() throws Exception {
        Path in = Files.copy(TestConversions.resource("/golden/memorybook.txt"), dir.resolve("list.txt"));
        Path nq = dir.resolve("list.nq");
        Run run = jar(Map.of(), "convert", "--input", in.toString(), "--output", nq.toString(), "--report", dir.resolve("r.json").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("read 4, converted 4, rejected 0");
        assertThat(run.heapLimits()).hasSize(2).last().isEqualTo(boundInBytes());
        assertThat(RDFParser.source(nq).lang(Lang.NQUADS).toDatasetGraph().isEmpty()).isFalse();
    }

    @Test
    void theChildsExitCodesAreForwarded() throws Exception {
        String tooLong = "Проживал: " + "а".repeat(1 << 20);
        Path in = Files.writeString(dir.resolve("long.txt"), "Родился в 1900 г.; казах;\n---\n" + tooLong + "\n---\n",
                StandardCharsets.UTF_8);
        Run someRejected = jar(Map.of(), "convert", "--input", in.toString(), "--output", dir.resolve("o.nq").toString());
        assertThat(someRejected.exitCode()).as(someRejected.err()).isEqualTo(ExitCodes.SOME_REJECTED);
        assertThat(someRejected.heapLimits()).hasSize(2);

        Run unusable = jar(Map.of(), "convert", "--input", dir.resolve("missing.txt").toString(), "--output", dir.resolve("m.nq").toString());
        assertThat(unusable.exitCode()).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(unusable.err().strip()).isEqualTo("esimder convert: file not found: " + dir.resolve("missing.txt"));
    }

    @Test
    void aChosenHeapOrTheOptOutRunsInOneJvm() throws Exception {
        String[] generate = {"generate", "--persons", "3", "--format", "csv", "--output", dir.resolve("g.csv").toString()};
        Run optOut = jar(Map.of(BoundedHeapLauncher.OPT_OUT, "0"), generate);
        assertThat(optOut.exitCode()).as(optOut.err()).isZero();
        assertThat(optOut.heapLimits()).hasSize(1);

        Run chosen = jar(Map.of("JDK_JAVA_OPTIONS", "-Xmx300m"), generate);
        assertThat(chosen.exitCode()).as(chosen.err()).isZero();
        assertThat(chosen.heapLimits()).containsExactly(300L << 20);
        assertThat(Files.readAllLines(dir.resolve("g.csv"))).hasSize(4);
    }

    @Test
    void aHeapTooSmallEndsInOneLineAndExitTwo() throws Exception {
        Path in = Files.copy(TestConversions.resource("/golden/memorybook.txt"), dir.resolve("list.txt"));
        Path nq = dir.resolve("list.nq");
        // 16 MiB: enough to start the JVM and the command, too little to load the ontology and ICU's data.
        Run run = jar(Map.of("JDK_JAVA_OPTIONS", "-Xmx16m"), "convert", "--input", in.toString(), "--output", nq.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(run.err().lines().filter(l -> !l.startsWith("NOTE: Picked up"))).singleElement().asString()
                .startsWith("esimder: out of memory in a heap of ").contains("-Xmx");
        assertThat(nq).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    @Test
    void theChildStopsWhenItsLauncherIsKilledOutright() throws Exception {
        Path out = dir.resolve("many.csv");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "generate", "--persons", "100000000", "--format", "csv", "--output", out.toString())
                .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile());
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", BoundedHeapLauncher.OPT_OUT));
        Process launcher = builder.start();
        ProcessHandle child = null;
        try {
            for (int i = 0; i < 600 && (child == null || !writing(out)); i++) { // the child is generating
                Thread.sleep(100);
                child = launcher.descendants().findFirst().orElse(child);
            }
            assertThat(child).as("the bounded child").isNotNull();
            assertThat(writing(out)).as("the child writes its output").isTrue();
            launcher.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook of the launcher runs
            child.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(child.isAlive()).isFalse();
            assertThat(Files.readString(dir.resolve("stderr"))).contains("esimder: the launching process has ended");
        } finally {
            launcher.destroyForcibly();
            if (child != null) {
                child.destroyForcibly(); // an orphan, should the watch have failed: not left running
            }
        }
    }

    /** Whether the output's temporary file has bytes in it. */
    private boolean writing(Path output) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("." + output.getFileName()) && f.toFile().length() > 0);
        }
    }
}
