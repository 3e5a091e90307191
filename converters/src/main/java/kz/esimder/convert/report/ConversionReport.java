package kz.esimder.convert.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import kz.esimder.convert.record.RecordProblem;
import kz.esimder.convert.record.Unparsed;
import kz.esimder.convert.record.VictimRecord;

/**
 * What a conversion did: how many records were read, converted and rejected, how many values of
 * each field stayed unparsed, and every problem with its file, line, field, value and reason.
 * Every record read is counted exactly once, as converted or as rejected: {@code read = converted +
 * rejected} holds after every call, and {@link #checkInvariant()} says so loudly if it ever does not.
 * Thread-safe: the reader reports from one thread while records are validated and written on another.
 */
public final class ConversionReport implements Closeable {
    private static final int SUMMARY_PROBLEMS = 20;

    private final ObjectMapper json = new ObjectMapper();
    private final ProblemLog problems = new ProblemLog(json);
    private final Map<String, Long> unparsed = new TreeMap<>();
    private long read;
    private long converted;
    private long rejected;

    /** A record converted and written; its unparsed values and problems are counted. */
    public synchronized void converted(VictimRecord record) {
        read++;
        converted++;
        for (Unparsed u : record.unparsed()) {
            unparsed.merge(u.field(), 1L, Long::sum);
        }
        for (RecordProblem p : record.problems()) {
            problem(new ReportedProblem(record.source().file(), record.source().line(), p.field(), p.value(), p.reason()));
        }
        checkInvariant();
    }

    /** A record read but not written, with why. */
    public synchronized void rejected(ReportedProblem why) {
        read++;
        rejected++;
        problem(why);
        checkInvariant();
    }

    /** A problem in a record that was converted all the same. */
    public synchronized void problem(ReportedProblem p) {
        problems.add(p);
    }

    /**
     * Every record converted and nothing rejected. A part of the input a reader skipped (a broken
     * row, a 10 MB line) is counted as a record read and rejected, so it is covered too.
     */
    public synchronized boolean complete() {
        return rejected == 0;
    }

    public synchronized long read() { return read; }
    public synchronized long converted() { return converted; }
    public synchronized long rejected() { return rejected; }
    public synchronized long problemCount() { return problems.size(); }
    public synchronized Map<String, Long> unparsed() { return Map.copyOf(unparsed); }

    /** @throws IllegalStateException when the counts do not add up: a bug, never bad input */
    public synchronized void checkInvariant() {
        if (read != converted + rejected) {
            throw new IllegalStateException("report counts do not add up: read " + read + " != converted "
                    + converted + " + rejected " + rejected);
        }
    }

    /** The report as JSON: {@code read}, {@code converted}, {@code rejected}, {@code unparsed}, {@code problems}. */
    public synchronized void writeJson(OutputStream out) throws IOException {
        checkInvariant();
        try (JsonGenerator g = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("read", read);
            g.writeNumberField("converted", converted);
            g.writeNumberField("rejected", rejected);
            g.writeObjectFieldStart("unparsed");
            for (Map.Entry<String, Long> e : unparsed.entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("problems");
            try {
                problems.forEach(p -> {
                    try {
                        json.writeValue(g, p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** A few lines for a person at a terminal; the JSON report has everything. */
    public synchronized void writeSummary(PrintWriter err) {
        err.printf("read %d, converted %d, rejected %d, problems %d%n", read, converted, rejected, problems.size());
        if (!unparsed.isEmpty()) {
            StringBuilder b = new StringBuilder("unparsed values by field:");
            unparsed.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
            err.println(b);
        }
        for (ReportedProblem p : problems.first(SUMMARY_PROBLEMS)) {
            err.printf("  %s:%d %s: %s (%s)%n", p.file(), p.line(), p.field(), p.reason(), abbreviate(p.value()));
        }
        if (problems.size() > SUMMARY_PROBLEMS) {
            err.printf("  … and %d more problems in the JSON report%n", problems.size() - SUMMARY_PROBLEMS);
        }
    }

    private static String abbreviate(String s) {
        String oneLine = s.replaceAll("\\s+", " ");
        return oneLine.length() > 80 ? oneLine.substring(0, 79) + "…" : oneLine;
    }

    @Override
    public void close() throws IOException {
        problems.close();
    }
}
