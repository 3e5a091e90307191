package kz.esimder.site.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.esimder.ontology.Esm;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;

/**
 * The person page's two reads ({@link PersonQueries#cluster}, {@link PersonQueries#neighbourhood}) as
 * pattern lookups on a local store's indexes: the same quads the SPARQL queries select, without
 * planning a query per page (a query's parse, algebra and optimiser cost more than its lookups). Each
 * subject is read once, where the SPARQL returns a record's and a source's quads once per event that
 * derives from them: the page folds both into sets, so the results are the same (PersonLookupTest).
 */
final class NeighbourhoodLookup {
    private static final Node ANY = Node.ANY;
    private static final Node SAME_AS = OWL.sameAs.asNode();
    private static final Node PERSON = Esm.person.asNode();
    private static final Node IN_SOURCE = Esm.inSource.asNode();
    private static final Node DERIVED_FROM = PersonPageBuilder.DERIVED_FROM.asNode();
    private static final List<Node> MATCH_SIDES = List.of(Esm.matchSubject.asNode(), Esm.matchObject.asNode());

    private NeighbourhoodLookup() {}

    /** The CLUSTER query's answer: IRIs {@code iri} is owl:sameAs in the dedup graph (itself aside), and those owl:sameAs it. */
    static PersonQueries.ClusterRows cluster(DatasetGraph dsg, Node iri, Node dedup) {
        List<String> survivors = kz.esimder.site.data.ResourceLookup.survivors(dsg, iri, dedup);
        List<String> merged = new ArrayList<>();
        dsg.find(dedup, ANY, SAME_AS, iri).forEachRemaining(q -> {
            if (q.getSubject().isURI()) {
                merged.add(q.getSubject().getURI());
            }
        });
        return new PersonQueries.ClusterRows(survivors, merged);
    }

    /**
     * The NEIGHBOURHOOD query's quads (a quad may come twice): every named-graph quad about the members, their
     * events, the records both derive from, those records' sources and the possible matches naming a
     * member (dedup graph); and each {@code ?s owl:sameAs member}.
     */
    static List<Quad> quads(DatasetGraph dsg, Collection<String> members, Node dedup) {
        List<Quad> out = new ArrayList<>();
        Set<Node> people = new LinkedHashSet<>();
        members.forEach(m -> people.add(NodeFactory.createURI(m)));
        Set<Node> events = new LinkedHashSet<>();
        Set<Node> matches = new LinkedHashSet<>();
        for (Node r : people) {
            dsg.findNG(ANY, ANY, SAME_AS, r).forEachRemaining(out::add);
            dsg.findNG(ANY, ANY, PERSON, r).forEachRemaining(q -> events.add(q.getSubject()));
            for (Node side : MATCH_SIDES) {
                dsg.find(dedup, ANY, side, r).forEachRemaining(q -> matches.add(q.getSubject()));
            }
        }
        Set<Node> records = objects(dsg, people, DERIVED_FROM, new LinkedHashSet<>());
        objects(dsg, events, DERIVED_FROM, records);
        Set<Node> sources = objects(dsg, records, IN_SOURCE, new LinkedHashSet<>());
        Set<Node> described = new LinkedHashSet<>(people);
        described.addAll(events);
        described.addAll(records);
        described.addAll(sources);
        described.addAll(matches);
        for (Node s : described) {
            dsg.findNG(ANY, s, ANY, ANY).forEachRemaining(out::add);
        }
        return out;
    }

    /** The objects of {@code p} from each subject, in any named graph, added to {@code into}. */
    private static Set<Node> objects(DatasetGraph dsg, Collection<Node> subjects, Node p, Set<Node> into) {
        for (Node s : subjects) {
            dsg.findNG(ANY, s, p, ANY).forEachRemaining(q -> into.add(q.getObject()));
        }
        return into;
    }
}
