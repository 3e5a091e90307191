package kz.esimder.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;

/**
 * The ontology module's Turtle on the classpath: {@code esimder/ontology/esimder.ttl} goes to the
 * ontology graph, every {@code esimder/ontology/vocab/*.ttl} to the vocabulary graph. Works from a
 * directory (the reactor build) and from a jar.
 */
final class OntologyFiles {
    static final String ONTOLOGY = "esimder/ontology/esimder.ttl";
    static final String VOCAB_DIR = "esimder/ontology/vocab";

    private OntologyFiles() {}

    /** Parses the ontology into {@code ontology} and each vocabulary into {@code vocab}; returns how many files were read. */
    static int parse(StreamRDF ontology, StreamRDF vocab) {
        return parse(OntologyFiles.class.getClassLoader(), ontology, vocab);
    }

    static int parse(ClassLoader loader, StreamRDF ontology, StreamRDF vocab) {
        int files = 0;
        URL ontologyUrl = loader.getResource(ONTOLOGY);
        if (ontologyUrl != null) {
            // Through the URL's own stream: RIOT does not open jar: URLs.
            try (InputStream in = ontologyUrl.openStream()) {
                RDFParser.source(in).lang(Lang.TURTLE).base(ontologyUrl.toString()).parse(ontology);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + ontologyUrl, e);
            }
            files++;
        }
        URL vocabUrl = loader.getResource(VOCAB_DIR);
        if (vocabUrl != null) {
            for (Path file : listTurtle(vocabUrl)) {
                RDFParser.source(file).lang(Lang.TURTLE).parse(vocab);
                files++;
            }
        }
        return files;
    }

    private static List<Path> listTurtle(URL dirUrl) {
        try {
            URI uri = dirUrl.toURI();
            Path dir = "jar".equals(uri.getScheme()) ? jarFileSystem(uri).provider().getPath(uri) : Path.of(uri);
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the vocabularies at " + dirUrl, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Vocabulary location is not a URI: " + dirUrl, e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            return FileSystems.newFileSystem(uri, Map.of());
        }
    }
}
