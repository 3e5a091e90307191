package kz.esimder.convert.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.esimder.convert.normalise.Gazetteer;
import kz.esimder.convert.record.KnownConcepts;
import kz.esimder.ontology.Vocab;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;

/**
 * The ontology, its vocabularies and its shapes as the converters need them: the shapes graph,
 * the reference graph (ontology + every vocabulary) that records are validated with, the place
 * gazetteer built from the {@code place} scheme's labels, and the set of concepts that exist.
 */
public final class OntologyResources {
    /** Where the ontology module puts its Turtle files on the classpath. */
    public static final String CLASSPATH_DIR = "esimder/ontology/";
    private static final List<String> SCHEMES = List.of(Vocab.EVENT_TYPE, Vocab.ORGAN_KIND, Vocab.ORGAN, Vocab.CHARGE,
            Vocab.SENTENCE_KIND, Vocab.NORMATIVE_ACT, Vocab.REHABILITATION_BASIS, Vocab.CAMP, Vocab.DEPORTED_PEOPLE,
            Vocab.NATIONALITY, Vocab.ARCHIVE, Vocab.PLACE, Vocab.PRECISION, Vocab.GENDER);

    private final Graph shapes;
    private final Graph reference;

    public OntologyResources(Graph shapes, Graph reference) {
        this.shapes = shapes;
        this.reference = reference;
    }

    /**
     * Loads {@code shapes.ttl}, {@code esimder.ttl} and {@code vocab/{scheme}.ttl} from the classpath.
     *
     * @throws IllegalStateException when the shapes or the ontology are missing (a packaging error)
     */
    public static OntologyResources fromClasspath() {
        Graph shapes = GraphFactory.createGraphMem();
        Graph reference = GraphFactory.createGraphMem();
        if (!load(CLASSPATH_DIR + "shapes.ttl", shapes) || !load(CLASSPATH_DIR + "esimder.ttl", reference)) {
            throw new IllegalStateException("the ontology is not on the classpath under " + CLASSPATH_DIR);
        }
        for (String scheme : SCHEMES) {
            load(CLASSPATH_DIR + "vocab/" + scheme + ".ttl", reference);
        }
        return new OntologyResources(shapes, reference);
    }

    private static boolean load(String resource, Graph into) {
        try (InputStream in = OntologyResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(into);
            return true;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + " from the classpath", e);
        }
    }

    public Graph shapes() {
        return shapes;
    }

    public Graph reference() {
        return reference;
    }

    /** Every concept some scheme holds ({@code skos:inScheme}). */
    public KnownConcepts knownConcepts() {
        Set<String> iris = new HashSet<>();
        reference.find(Node.ANY, SKOS.inScheme.asNode(), Node.ANY)
                .forEachRemaining(t -> iris.add(t.getSubject().getURI()));
        return KnownConcepts.of(iris);
    }

    /** The places of the {@code place} scheme by every prefLabel and altLabel. */
    public Gazetteer gazetteer() {
        String prefix = Vocab.NS + Vocab.PLACE + "/";
        Map<String, String> labels = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        reference.find(Node.ANY, SKOS.inScheme.asNode(), Vocab.scheme(Vocab.PLACE).asNode()).forEachRemaining(t -> {
            Node place = t.getSubject();
            if (!place.isURI() || !place.getURI().startsWith(prefix)) {
                return;
            }
            String local = place.getURI().substring(prefix.length());
            for (Node p : List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode())) {
                for (Triple l : reference.find(place, p, Node.ANY).toList()) {
                    if (l.getObject().isLiteral()) {
                        String label = l.getObject().getLiteralLexicalForm();
                        String before = labels.putIfAbsent(label, local);
                        if (before != null && !before.equals(local)) {
                            ambiguous.add(label); // two places, one label: never resolve it
                        }
                    }
                }
            }
        });
        ambiguous.forEach(labels::remove);
        return Gazetteer.of(labels);
    }
}
