package kz.esimder.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The named graphs the store itself fills (docs/model.md): {@code {base}graph/ontology},
 * {@code {base}graph/vocab}, and {@code {base}graph/statistics} (see {@link EventStatistics}).
 */
public record GraphNames(String base) {
    public Node ontology() { return NodeFactory.createURI(base + "graph/ontology"); }
    public Node vocab() { return NodeFactory.createURI(base + "graph/vocab"); }
    public Node statistics() { return NodeFactory.createURI(base + "graph/statistics"); }

    boolean isBuiltIn(Node graph) { return ontology().equals(graph) || vocab().equals(graph) || statistics().equals(graph); }
}
