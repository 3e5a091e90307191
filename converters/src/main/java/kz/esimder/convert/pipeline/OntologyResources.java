package kz.esimder.convert.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.esimder.convert.normalise.Gazetteer;
import kz.esimder.convert.record.KnownConcepts;
import kz.esimder.ontology.OntologyFiles;
import kz.esimder.ontology.Vocab;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;

/**
 * The ontology, its vocabularies and its shapes as the converters need them: the shapes graph,
 * the reference graph (ontology + every vocabulary) that records are validated with, the place
 * gazetteer built from the {@code place} scheme's labels, and the set of concepts that exist.
 */
public final class OntologyResources {

    private final Graph shapes;
    private final Graph reference;

    public OntologyResources(Graph shapes, Graph reference) {
        this.shapes = shapes;
        this.reference = reference;
    }

    /**
     * The ontology module's files on the classpath (through {@link OntologyFiles}).
     *
     * @throws IllegalStateException when they are missing (a packaging error)
     */
    public static OntologyResources fromClasspath() {
        Graph reference = GraphFactory.createGraphMem();
        OntologyFiles.ontology().getGraph().find().forEachRemaining(reference::add);
        OntologyFiles.vocabularies().getGraph().find().forEachRemaining(reference::add);
        return new OntologyResources(OntologyFiles.shapesGraph(), reference);
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
    public Gazetteer places() {
        return gazetteer(Vocab.PLACE);
    }

    /** The camps of the {@code camp} scheme by every prefLabel and altLabel. */
    public Gazetteer camps() {
        return gazetteer(Vocab.CAMP);
    }

    private Gazetteer gazetteer(String scheme) {
        String prefix = Vocab.NS + scheme + "/";
        Map<String, String> labels = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        reference.find(Node.ANY, SKOS.inScheme.asNode(), Vocab.scheme(scheme).asNode()).forEachRemaining(t -> {
            Node concept = t.getSubject();
            if (!concept.isURI() || !concept.getURI().startsWith(prefix)) {
                return;
            }
            String local = concept.getURI().substring(prefix.length());
            for (Node p : List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode())) {
                for (Triple l : reference.find(concept, p, Node.ANY).toList()) {
                    if (l.getObject().isLiteral()) {
                        String label = l.getObject().getLiteralLexicalForm();
                        String before = labels.putIfAbsent(label, local);
                        if (before != null && !before.equals(local)) {
                            ambiguous.add(label); // two concepts, one label: never resolve it
                        }
                    }
                }
            }
        });
        ambiguous.forEach(labels::remove);
        return Gazetteer.of(labels);
    }
}
