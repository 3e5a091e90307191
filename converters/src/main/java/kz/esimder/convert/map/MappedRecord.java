package kz.esimder.convert.map;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The triples of one record (its source record, person and events), in a fixed order, before
 * they are validated and written to the source's named graph.
 *
 * @param graphName the named graph they belong in
 * @param triples   the triples, in mapping order
 */
public record MappedRecord(Node graphName, List<Triple> triples) {

    public MappedRecord {
        triples = List.copyOf(triples);
    }

    /** The record's own resources: the nodes its triples describe. */
    public Set<Node> subjects() {
        Set<Node> out = new LinkedHashSet<>();
        for (Triple t : triples) {
            out.add(t.getSubject());
        }
        return out;
    }

    /** The triples as a small in-memory graph, for validation and tests. */
    public Graph asGraph() {
        Graph g = GraphFactory.createGraphMem();
        triples.forEach(g::add);
        return g;
    }
}
