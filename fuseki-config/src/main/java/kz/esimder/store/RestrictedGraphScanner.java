package kz.esimder.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import kz.esimder.ontology.Esm;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Finds the graphs whose source says {@code esm:restricted true}, before anything is loaded: a
 * quad must be routed when it is read, and its graph's marker may come after it. For N-Quads only
 * the lines that mention {@code esm:restricted} are parsed (a text scan, much cheaper than a parse);
 * other syntaxes are parsed in full.
 */
final class RestrictedGraphScanner {
    private static final String MARKER = "<" + Esm.restricted.getURI() + ">";

    private RestrictedGraphScanner() {}

    static Set<Node> scan(List<Path> files) {
        Set<Node> graphs = new HashSet<>();
        StreamRDFBase collector = new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                if (q.getPredicate().equals(Esm.restricted.asNode()) && isTrue(q.getObject()) && !q.isDefaultGraph())
                    graphs.add(q.getGraph());
            }
        };
        for (Path file : files) {
            Lang lang = RDFLanguages.filenameToLang(file.toString(), Lang.NQUADS);
            if (Lang.NQUADS.equals(lang)) {
                scanLines(file, line -> RDFParser.fromString(line, Lang.NQUADS).parse(collector));
            } else {
                RDFParser.source(file.toString()).parse(collector);
            }
        }
        return graphs;
    }

    private static boolean isTrue(Node o) {
        return o.isLiteral() && ("true".equals(o.getLiteralLexicalForm()) || "1".equals(o.getLiteralLexicalForm()));
    }

    private static void scanLines(Path file, java.util.function.Consumer<String> marked) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.contains(MARKER)) marked.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
