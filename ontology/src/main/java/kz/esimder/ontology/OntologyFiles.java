package kz.esimder.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;

/**
 * The ontology, SHACL shapes and SKOS vocabularies as packaged on the classpath under
 * {@code esimder/ontology/}. Each call parses afresh and returns a new model the caller owns
 * (and may cache): the files are small, and a shared mutable model would invite accidents.
 */
public final class OntologyFiles {
    public static final String ROOT = "esimder/ontology/";
    public static final String ONTOLOGY = ROOT + "esimder.ttl";
    public static final String SHAPES = ROOT + "shapes.ttl";

    private OntologyFiles() {}

    /** The classpath resource of one vocabulary, e.g. {@code esimder/ontology/vocab/organ.ttl}. */
    public static String vocabularyPath(String scheme) {
        if (!Vocab.SCHEMES.contains(scheme)) {
            throw new IllegalArgumentException("No such vocabulary scheme: '" + scheme + "'; known: " + Vocab.SCHEMES);
        }
        return ROOT + "vocab/" + scheme + ".ttl";
    }

    /** Every Turtle resource: the ontology, the shapes and each vocabulary. */
    public static List<String> allPaths() {
        List<String> paths = new ArrayList<>(List.of(ONTOLOGY, SHAPES));
        Vocab.SCHEMES.forEach(scheme -> paths.add(vocabularyPath(scheme)));
        return List.copyOf(paths);
    }

    public static Model ontology() {
        return load(ModelFactory.createDefaultModel(), ONTOLOGY);
    }

    public static Model vocabulary(String scheme) {
        return load(ModelFactory.createDefaultModel(), vocabularyPath(scheme));
    }

    /** All vocabularies in one model: what the {@code graph/vocab} named graph holds. */
    public static Model vocabularies() {
        Model model = ModelFactory.createDefaultModel();
        Vocab.SCHEMES.forEach(scheme -> load(model, vocabularyPath(scheme)));
        return model;
    }

    /** The shapes graph, as Turtle triples. */
    public static Graph shapesGraph() {
        return load(ModelFactory.createDefaultModel(), SHAPES).getGraph();
    }

    /**
     * The parsed SHACL shapes. Validate a data graph merged with {@link #vocabularies()}: the
     * shapes check that concept references point into the right scheme by the concepts' skos:inScheme.
     */
    public static Shapes shapes() {
        return Shapes.parse(shapesGraph());
    }

    /** Parses one classpath resource into {@code model}; a missing resource is a packaging error. */
    public static Model load(Model model, String path) {
        try (InputStream in = OntologyFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + path + " (is esimder-ontology on the classpath?)");
            }
            RDFParser.create().source(in).lang(Lang.TURTLE).parse(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read classpath resource " + path, e);
        }
    }
}
