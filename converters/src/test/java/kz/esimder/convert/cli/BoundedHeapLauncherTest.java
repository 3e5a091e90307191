package kz.esimder.convert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a command is relaunched in a bounded child JVM, and with what command line. */
class BoundedHeapLauncherTest {
    private static final List<String> PLAIN = List.of("-Dfile.encoding=UTF-8", "-XX:+UseG1GC", "-XX:MaxMetaspaceSize=256m",
            "-XX:MaxHeapFreeRatio=30", "-XX:SoftMaxHeapSize=1g");

    private static boolean relaunches(List<String> jvmOptions, Map<String, String> environment, String... args) {
        return BoundedHeapLauncher.shouldRelaunch(args, jvmOptions, environment, false);
    }

    @Test
    void theStreamingCommandsAreRelaunchedWhenNoHeapWasChosen() {
        assertThat(relaunches(PLAIN, Map.of(), "convert", "--input", "a.txt", "--output", "a.nq")).isTrue();
        assertThat(relaunches(List.of(), Map.of(), "generate", "--persons", "10")).isTrue();
        assertThat(relaunches(PLAIN, Map.of("ESIMDER_BOUNDED_HEAP", "1", "JAVA_TOOL_OPTIONS", "-Dx=1"), "convert")).isTrue();
    }

    @Test
    void otherCommandsRunHere() {
        // validate holds the whole file in memory; the store commands have their own needs.
        for (String command : List.of("validate", "load", "dedup", "link-out", "import-links", "evaluate-matching", "help", "--help", "-V")) {
            assertThat(relaunches(PLAIN, Map.of(), command, "x")).as(command).isFalse();
        }
        assertThat(relaunches(PLAIN, Map.of())).isFalse();
    }

    @Test
    void aHeapTheUserChoseIsKept() {
        for (String option : List.of("-Xmx2g", "-Xms64m", "-XX:MaxHeapSize=1073741824", "-XX:InitialHeapSize=64m",
                "-XX:MinHeapSize=64m", "-XX:MaxRAM=4g", "-XX:MaxRAMPercentage=50", "-XX:InitialRAMPercentage=5",
                "-XX:MinRAMPercentage=50", "-XX:MaxRAMFraction=2")) {
            assertThat(relaunches(List.of("-Dfile.encoding=UTF-8", option), Map.of(), "convert")).as(option).isFalse();
            assertThat(relaunches(PLAIN, Map.of("JAVA_TOOL_OPTIONS", " -Dx=1  " + option + " "), "convert")).as(option).isFalse();
            assertThat(relaunches(PLAIN, Map.of("JDK_JAVA_OPTIONS", option), "generate")).as(option).isFalse();
        }
    }

    @Test
    void theOptOutAndTheChildRunHere() {
        assertThat(relaunches(PLAIN, Map.of("ESIMDER_BOUNDED_HEAP", "0"), "convert")).isFalse();
        assertThat(BoundedHeapLauncher.shouldRelaunch(new String[] {"convert"}, PLAIN, Map.of(), true)).isFalse();
    }

    @Test
    void theChildGetsTheBoundTheMarkTheSameOptionsClassPathAndArguments() {
        List<String> command = BoundedHeapLauncher.childCommand("/jdk/bin/java", List.of("-Da=1", "-XX:-UseCompressedOops"),
                "esimder.jar", new String[] {"convert", "--input", "a b.txt"});
        assertThat(command).containsExactly("/jdk/bin/java", BoundedHeapLauncher.CHILD_HEAP, BoundedHeapLauncher.CHILD_COLLECTOR,
                "-Desimder.boundedHeapChild=" + ProcessHandle.current().pid(), "-Da=1", "-XX:-UseCompressedOops",
                "-cp", "esimder.jar", "kz.esimder.convert.cli.EsimderCli", "convert", "--input", "a b.txt");
        assertThat(BoundedHeapLauncher.CHILD_HEAP).startsWith("-Xmx");
    }

    @Test
    void aCollectorTheUserChoseIsKept() {
        List<String> command = BoundedHeapLauncher.childCommand("java", List.of("-XX:+UseG1GC"), "esimder.jar", new String[] {"generate"});
        assertThat(command).contains(BoundedHeapLauncher.CHILD_HEAP, "-XX:+UseG1GC").doesNotContain(BoundedHeapLauncher.CHILD_COLLECTOR);
    }
}
