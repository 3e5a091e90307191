package kz.esimder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ontology and every vocabulary file are found on the classpath, from a directory and from a jar. */
class OntologyFilesTest {
    static final String ONTOLOGY = "<https://w3id.org/esimder/ontology#Person> a <http://www.w3.org/2002/07/owl#Class> .\n";
    static final String ORGAN = "<https://w3id.org/esimder/vocab/organ/nkvd-troika> <http://www.w3.org/2004/02/skos/core#prefLabel> \"НКВД үштігі\"@kk .\n";
    static final String GENDER = "<https://w3id.org/esimder/vocab/gender/female> <http://www.w3.org/2004/02/skos/core#prefLabel> \"әйел\"@kk .\n";

    @TempDir Path tmp;

    @Test
    void readsFromADirectory() throws IOException {
        Path root = tmp.resolve("classes");
        write(root.resolve(OntologyFiles.ONTOLOGY), ONTOLOGY);
        write(root.resolve(OntologyFiles.VOCAB_DIR).resolve("organ.ttl"), ORGAN);
        write(root.resolve(OntologyFiles.VOCAB_DIR).resolve("gender.ttl"), GENDER);
        write(root.resolve(OntologyFiles.VOCAB_DIR).resolve("README.md"), "not Turtle");
        check(root.toUri().toURL());
    }

    @Test
    void readsFromAJar() throws IOException {
        Path jar = tmp.resolve("ontology.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            entry(out, "esimder/", null);
            entry(out, "esimder/ontology/", null);
            entry(out, OntologyFiles.ONTOLOGY, ONTOLOGY);
            entry(out, OntologyFiles.VOCAB_DIR + "/", null);
            entry(out, OntologyFiles.VOCAB_DIR + "/organ.ttl", ORGAN);
            entry(out, OntologyFiles.VOCAB_DIR + "/gender.ttl", GENDER);
        }
        check(jar.toUri().toURL());
    }

    private static void check(URL root) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root}, null)) {
            Graph ontology = GraphFactory.createDefaultGraph();
            Graph vocab = GraphFactory.createDefaultGraph();
            int files = OntologyFiles.parse(loader, StreamRDFLib.graph(ontology), StreamRDFLib.graph(vocab));
            assertThat(files).isEqualTo(3);
            assertThat(ontology.size()).isEqualTo(1);
            assertThat(vocab.size()).isEqualTo(2);
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static void entry(JarOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        if (content != null) out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

}
