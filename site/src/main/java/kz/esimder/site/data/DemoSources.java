package kz.esimder.site.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import kz.esimder.convert.cli.EsimderCli;
import kz.esimder.convert.link.Linking;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import picocli.CommandLine;

/**
 * The demo dataset's sources (classpath {@code demo/sources/}, listed in {@code manifest.tsv}: file,
 * source key, title) converted by the real converter, {@code esimder convert} called in-process (the
 * command line is the converters' stable contract), one N-Quads file per source.
 */
public final class DemoSources {
    static final String DIRECTORY = "demo/sources/";

    private DemoSources() {}

    /** One line of the manifest. */
    record Entry(String file, String key, String title) {}

    /** Copies the sources into {@code dir} and converts each; returns the N-Quads files. */
    public static List<Path> convert(String base, Path dir) {
        List<Path> out = new ArrayList<>();
        try {
            for (Entry e : manifest()) {
                Path input = dir.resolve(e.file());
                try (InputStream in = resource(e.file())) {
                    Files.copy(in, input);
                }
                Path nq = dir.resolve(e.key() + ".nq");
                StringWriter messages = new StringWriter();
                CommandLine cl = EsimderCli.commandLine();
                cl.setOut(new PrintWriter(messages));
                cl.setErr(new PrintWriter(messages));
                int code = cl.execute("convert", "--input", input.toString(), "--source-id", e.key(),
                        "--source-title", e.title(), "--base", base, "--output", nq.toString());
                // 3 = some records rejected, the rest written: a demo still serves what converted.
                if (code != 0 && code != 3) {
                    throw new IllegalStateException("esimder convert failed on the demo source " + e.file()
                            + " (exit " + code + "): " + messages);
                }
                out.add(nq);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot convert the demo sources into " + dir, e);
        }
    }

    /** What {@code esimder load} runs after loading: deduplication and the Memorial links, offline. */
    public static Function<DatasetGraph, String> linking(String base) {
        return dsg -> Linking.offline(base).run(DatasetFactory.wrap(dsg)).describe();
    }

    static List<Entry> manifest() throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource("manifest.tsv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t");
                if (cells.length != 3) {
                    throw new IllegalStateException("demo/sources/manifest.tsv: expected file, key, title in '" + line + "'");
                }
                entries.add(new Entry(cells[0].strip(), cells[1].strip(), cells[2].strip()));
            }
        }
        return entries;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DemoSources.class.getClassLoader().getResourceAsStream(DIRECTORY + name);
        if (in == null) throw new IOException("missing classpath resource " + DIRECTORY + name);
        return in;
    }
}
