package kz.esimder.site.conneg;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.esimder.ontology.Esm;
import kz.esimder.site.data.Paging;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * A data document ({@link ResourceDescription}) read by pattern lookups on a local store's indexes:
 * the triples its SPARQL queries construct, without planning five queries per document. The default
 * graph is the union of the named graphs, as the SPARQL sees it.
 */
final class DescriptionLookup {
    private static final Node ANY = Node.ANY;
    private static final Node UNION = Quad.unionGraph;
    private static final Node PERSON = Esm.person.asNode();
    private static final List<Node> LABELS = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode());

    private DescriptionLookup() {}

    /**
     * Adds the document of {@code iri} to {@code into}: on the first page its triples, its events' and
     * (for a scheme) its concepts'; one page of inbound links; the labels of every subject and linked
     * IRI. Returns whether more inbound links remain after this page.
     */
    static boolean describe(DatasetGraph dsg, String iri, boolean scheme, Paging paging, Graph into) {
        Node r = NodeFactory.createURI(iri);
        if (paging.page() == 1) {
            add(dsg, r, ANY, ANY, into);
            subjects(dsg, PERSON, r).forEach(e -> add(dsg, e, ANY, ANY, into));
            if (scheme) {
                subjects(dsg, SKOS.inScheme.asNode(), r).forEach(c -> add(dsg, c, ANY, ANY, into));
            }
        }
        boolean more = inbound(dsg, r, paging, into);
        Set<Node> linked = new LinkedHashSet<>();
        into.find().forEachRemaining(t -> {
            linked.add(t.getSubject());
            if (t.getObject().isURI()) {
                linked.add(t.getObject());
            }
        });
        for (Node x : linked) {
            LABELS.forEach(label -> add(dsg, x, label, ANY, into));
        }
        return more;
    }

    /**
     * One page of {@code ?s ?p iri} (esm:person aside: the events are in the document already), in the
     * store's index order as the SPARQL's LIMIT and OFFSET would page it.
     */
    private static boolean inbound(DatasetGraph dsg, Node r, Paging paging, Graph into) {
        Iterator<Quad> links = dsg.find(UNION, ANY, ANY, r);
        long skip = paging.offset();
        int taken = 0;
        while (links.hasNext()) {
            Quad q = links.next();
            if (q.getPredicate().equals(PERSON)) {
                continue;
            }
            if (skip > 0) {
                skip--;
            } else if (taken == paging.size()) {
                return true;
            } else {
                into.add(q.asTriple());
                taken++;
            }
        }
        return false;
    }

    private static List<Node> subjects(DatasetGraph dsg, Node p, Node o) {
        List<Node> subjects = new ArrayList<>();
        dsg.find(UNION, ANY, p, o).forEachRemaining(q -> subjects.add(q.getSubject()));
        return subjects;
    }

    private static void add(DatasetGraph dsg, Node s, Node p, Node o, Graph into) {
        dsg.find(UNION, s, p, o).forEachRemaining(q -> into.add(Triple.create(q.getSubject(), q.getPredicate(), q.getObject())));
    }
}
