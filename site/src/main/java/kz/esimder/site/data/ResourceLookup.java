package kz.esimder.site.data;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.springframework.stereotype.Component;

/**
 * Whether an IRI is known, and where a retired (merged) IRI went: a retired IRI is the subject of
 * {@code owl:sameAs} in the deduplication linkset ({@code {base}graph/linkset/dedup}); it keeps its own
 * triples in its source's graph, so the sameAs elsewhere (Wikidata, partners) never retires anything.
 */
@Component
public class ResourceLookup {
    private static final String KNOWN = "ASK { { ?r ?p ?o } UNION { ?s ?p ?r } }";
    private static final String SURVIVOR = """
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            SELECT ?s WHERE { GRAPH ?dedup { ?r owl:sameAs ?s } FILTER(isIRI(?s) && ?s != ?r) } ORDER BY ?s LIMIT 1""";

    private final RdfStore store;
    private final Iris iris;

    public ResourceLookup(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    /** The resource, or a {@link MovedException} when it was merged, or a {@link NotFoundException}. */
    public ResourceRef require(ResourceRef ref) {
        Optional<String> survivor = survivor(ref.iri());
        if (survivor.isPresent()) {
            ResourceRef target = iris.parse(survivor.get()).orElseThrow(() -> new NotFoundException(ref.iri()));
            throw new MovedException(ref, target);
        }
        if (!known(ref.iri())) {
            throw new NotFoundException(ref.iri());
        }
        return ref;
    }

    public boolean known(String iri) {
        Node r = NodeFactory.createURI(iri);
        Optional<Boolean> found = store.readIndexes(dsg -> dsg.findNG(Node.ANY, r, Node.ANY, Node.ANY).hasNext()
                || dsg.findNG(Node.ANY, Node.ANY, Node.ANY, r).hasNext());
        if (found.isPresent()) {
            return found.get();
        }
        ParameterizedSparqlString q = new ParameterizedSparqlString(KNOWN);
        q.setIri("r", iri);
        return store.ask(q);
    }

    public Optional<String> survivor(String iri) {
        Node r = NodeFactory.createURI(iri);
        Node dedup = NodeFactory.createURI(iris.dedupGraph());
        Optional<List<String>> found = store.readIndexes(dsg -> survivors(dsg, r, dedup));
        if (found.isPresent()) {
            return found.get().stream().min(String::compareTo);
        }
        ParameterizedSparqlString q = new ParameterizedSparqlString(SURVIVOR);
        q.setIri("r", iri);
        q.setIri("dedup", iris.dedupGraph());
        List<org.apache.jena.query.QuerySolution> rows = store.select(q);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).getResource("s").getURI());
    }

    /** What {@link #SURVIVOR} selects, by index lookup: the IRIs {@code iri} is owl:sameAs in the dedup graph, itself aside. */
    public static List<String> survivors(DatasetGraph dsg, Node iri, Node dedup) {
        List<String> survivors = new java.util.ArrayList<>();
        dsg.find(dedup, iri, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI() && !q.getObject().equals(iri)) {
                survivors.add(q.getObject().getURI());
            }
        });
        return survivors;
    }
}
