package kz.esimder.convert.pipeline;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;

/** The pipeline's own small shapes and vocabulary (src/test/resources/ontology-test), for unit tests. */
public final class TestOntology {
    private TestOntology() {}

    public static OntologyResources load() {
        return new OntologyResources(parse("/ontology-test/shapes.ttl"), parse("/ontology-test/vocab.ttl"));
    }

    public static Graph parse(String resource) {
        return RDFParser.source(TestOntology.class.getResource(resource).toString()).toGraph();
    }
}
