package kz.esimder.convert.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the streaming commands ({@code convert}, {@code generate}) in a child JVM with a bounded
 * heap when the user chose no heap size. With the JVM's defaults (a heap limit of ¼ of RAM) G1
 * sizes the heap by its pause-time and GC-time goals, not by what the run keeps: a conversion
 * whose live data levels off near 100 MiB grew the committed heap past 1 GiB. A jar cannot set
 * its own JVM's heap, so the command is run again, in a JVM started with {@link #CHILD_HEAP} and {@link #CHILD_COLLECTOR},
 * the same JVM options, class path and arguments, its standard streams and exit code those of
 * this one. {@code validate} is not bounded: it holds the whole file in memory.
 *
 * <p>Not relaunched: a child (marked by {@link #CHILD_PROPERTY}); the user's choice of a heap
 * ({@code -Xmx}, {@code -Xms}, {@code -XX:MaxRAMPercentage}… on the command line,
 * {@code JAVA_TOOL_OPTIONS} or {@code JDK_JAVA_OPTIONS}); {@code ESIMDER_BOUNDED_HEAP=0}.
 */
final class BoundedHeapLauncher {
    /** The environment variable that, set to {@code 0}, keeps the command in this JVM with the JVM's own heap sizing. */
    static final String OPT_OUT = "ESIMDER_BOUNDED_HEAP";
    /** The system property that marks the child, so that it never relaunches; its value is the launching JVM's process id. */
    static final String CHILD_PROPERTY = "esimder.boundedHeapChild";
    /**
     * The child's heap and collector, chosen by measurement on a 100,000-row CSV: the live heap is
     * 40-50 MiB after a full collection; at 160 MiB G1 spent a third more CPU (concurrent cycles
     * and mixed collections one after another), the parallel collector about as much as the JVM's
     * defaults, at a peak RSS of about 290 MiB instead of 1.2-1.3 GiB.
     */
    static final String CHILD_HEAP = "-Xmx160m";
    /** Left out when the user chose a collector: two would be a conflict the JVM refuses to start with. */
    static final String CHILD_COLLECTOR = "-XX:+UseParallelGC";

    private static final Set<String> STREAMING = Set.of("convert", "generate");
    /** JVM options by which a user chooses the heap's size, directly or as a share of RAM. */
    private static final Pattern HEAP_CHOICE = Pattern.compile(
            "-Xm[xs].*|-XX:(Max|Min|Initial)(HeapSize|RAM|RAMPercentage|RAMFraction)=.*");
    private static final Pattern COLLECTOR_CHOICE = Pattern.compile("-XX:\\+Use\\w*GC");
    /** Environment variables the launcher or the JVM read options from; the child gets them as options instead. */
    private static final List<String> OPTIONS_ENVIRONMENT = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

    private BoundedHeapLauncher() {}

    /**
     * Runs {@code args} in a bounded child JVM when {@link #shouldRelaunch} says so, and returns
     * its exit code; empty when the command is to run in this JVM (also when no child can be started).
     */
    static OptionalInt runInChild(String[] args) {
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (!shouldRelaunch(args, jvmOptions, System.getenv(), System.getProperty(CHILD_PROPERTY) != null)) {
            return OptionalInt.empty();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classPath = System.getProperty("java.class.path", "");
        if (!Files.isExecutable(java) || classPath.isEmpty()) {
            return OptionalInt.empty();
        }
        ProcessBuilder builder = new ProcessBuilder(childCommand(java.toString(), jvmOptions, classPath, args)).inheritIO();
        // Their options are among this JVM's input arguments, which the child gets: read twice they would apply twice.
        OPTIONS_ENVIRONMENT.forEach(builder.environment()::remove);
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "esimder-stop-child"));
        return OptionalInt.of(waitFor(child));
    }

    /**
     * In a child, runs {@code whenOrphaned} once the JVM that launched it has ended. A parent stopped
     * by Ctrl-C or SIGTERM stops its child itself (a shutdown hook); one killed outright (SIGKILL,
     * the OOM killer) cannot, and its child went on converting with nobody to wait for it.
     */
    static void watchParent(Runnable whenOrphaned) {
        String launcher = System.getProperty(CHILD_PROPERTY);
        if (launcher == null || launcher.isEmpty() || !launcher.chars().allMatch(Character::isDigit)) {
            return; // not a child
        }
        // By the id it was given, not ProcessHandle.parent(): a launcher killed before this line ran
        // has left this JVM to init, whose end would never come. onExit() polls a process that is
        // not a child (every 0.3 s at first, at most every 5 s) and tells a reused id by its start time.
        ProcessHandle.of(Long.parseLong(launcher)).ifPresentOrElse(p -> p.onExit().thenRun(whenOrphaned), whenOrphaned);
    }

    /** Whether to run {@code args} in a bounded child JVM, given this JVM's options and environment. */
    static boolean shouldRelaunch(String[] args, List<String> jvmOptions, Map<String, String> environment, boolean isChild) {
        if (isChild || "0".equals(environment.get(OPT_OUT)) || args.length == 0 || !STREAMING.contains(args[0])) {
            return false;
        }
        Stream<String> fromEnvironment = OPTIONS_ENVIRONMENT.stream().map(environment::get)
                .filter(v -> v != null).flatMap(v -> Arrays.stream(v.trim().split("\\s+")));
        return Stream.concat(jvmOptions.stream(), fromEnvironment).noneMatch(o -> HEAP_CHOICE.matcher(o).matches());
    }

    /** The child's command line: the bound and the mark first, so that the user's own options win where they repeat one. */
    static List<String> childCommand(String java, List<String> jvmOptions, String classPath, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add(CHILD_HEAP);
        if (jvmOptions.stream().noneMatch(o -> COLLECTOR_CHOICE.matcher(o).matches())) {
            command.add(CHILD_COLLECTOR);
        }
        command.add("-D" + CHILD_PROPERTY + "=" + ProcessHandle.current().pid());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, EsimderCli.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // Nothing here interrupts the main thread; the child's end is what we wait for.
            }
        }
    }

    /** When this JVM is being stopped (Ctrl-C, SIGTERM) and the child still runs, the child is stopped too, and waited for. */
    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
        }
    }
}
