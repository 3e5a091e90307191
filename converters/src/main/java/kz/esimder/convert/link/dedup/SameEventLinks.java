package kz.esimder.convert.link.dedup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.esimder.ontology.Esm;
import kz.esimder.ontology.SameEventRule;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The events of each merged person that several of its records state ({@link SameEventRule}, the
 * rule of the person page's timeline): every other statement of such an event is linked
 * {@code esm:sameEventAs} the first one in timeline order, so the statistics count the event once.
 * Only merged persons are read (a few per thousand).
 */
public final class SameEventLinks {
    /** {@code event esm:sameEventAs kept}. */
    public record Link(String event, String kept) {}

    private static final Node PERSON = Esm.person.asNode();
    private static final Node DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    private SameEventLinks() {}

    /**
     * @param survivors each retired person → the person it was merged into (a cluster is its
     *                  survivor and every person retired into it)
     * @return the links, by event IRI
     */
    public static List<Link> find(Dataset dataset, String base, Map<String, String> survivors) {
        Map<String, List<String>> clusters = new TreeMap<>();
        survivors.forEach((retired, survivor) -> clusters.computeIfAbsent(survivor, s -> new ArrayList<>(List.of(s))).add(retired));
        Map<String, String> clusterOf = new LinkedHashMap<>();
        clusters.forEach((survivor, members) -> members.forEach(m -> clusterOf.put(m, survivor)));
        Map<String, Map<String, SameEventRule.Event>> events = new TreeMap<>(); // cluster → event IRI → event
        String linksets = base + "graph/linkset/";
        DatasetGraph dsg = dataset.asDatasetGraph();
        // By the store's indexes, person by person: a few lookups for each of the few merged persons
        // (a query joining them by VALUES could scan every event of the store instead).
        Txn.executeRead(dataset, () -> clusterOf.forEach((person, cluster) ->
                dsg.find(Node.ANY, Node.ANY, PERSON, NodeFactory.createURI(person)).forEachRemaining(q -> {
                    if (q.getGraph().isURI() && !q.getGraph().getURI().startsWith(linksets) && q.getSubject().isURI()) {
                        events.computeIfAbsent(cluster, c -> new TreeMap<>())
                                .computeIfAbsent(q.getSubject().getURI(), e -> read(dsg, q.getGraph(), q.getSubject()));
                    }
                })));
        List<Link> links = new ArrayList<>();
        events.values().forEach(cluster -> {
            List<SameEventRule.Event> all = List.copyOf(cluster.values());
            for (List<SameEventRule.Event> group : SameEventRule.group(all, e -> e)) {
                for (int i = 1; i < group.size(); i++) links.add(new Link(group.get(i).iri(), group.get(0).iri()));
            }
        });
        links.sort(java.util.Comparator.comparing(Link::event));
        return links;
    }

    /** One event as the rule sees it, from its graph; the first value of each property (in index order) when it has several. */
    private static SameEventRule.Event read(DatasetGraph dsg, Node graph, Node event) {
        Map<Node, Node> first = new java.util.HashMap<>();
        dsg.find(graph, event, Node.ANY, Node.ANY).forEachRemaining(q -> first.putIfAbsent(q.getPredicate(), q.getObject()));
        Node sequence = first.get(Esm.sequence.asNode());
        Integer order = null;
        if (sequence != null && sequence.isLiteral()) {
            try {
                order = Integer.valueOf(sequence.getLiteralLexicalForm().strip());
            } catch (NumberFormatException notAnInteger) {
                // a malformed sequence orders the event as if it had none
            }
        }
        return new SameEventRule.Event(event.getURI(), iri(first.get(Esm.eventType.asNode())), iri(first.get(DERIVED_FROM)),
                literal(first.get(Esm.dateBegin.asNode())), literal(first.get(Esm.dateEnd.asNode())), order);
    }

    private static String iri(Node n) {
        return n != null && n.isURI() ? n.getURI() : null;
    }

    private static String literal(Node n) {
        return n != null && n.isLiteral() ? n.getLiteralLexicalForm() : null;
    }
}
