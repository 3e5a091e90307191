package kz.esimder.site.person;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.esimder.ontology.Esm;
import kz.esimder.site.data.Iris;
import kz.esimder.site.data.RdfStore;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.ResourceUtils;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.springframework.stereotype.Component;

/**
 * The SPARQL behind a person page, two round trips: {@link #cluster} (is the IRI retired, which IRIs
 * were merged into it), then {@link #neighbourhood}, one SELECT of every quad the page shows (the
 * person's facts with the graph stating each, its events, records, sources, aliases and pending
 * possible matches). A person that deduplication merged others into is read with them (their IRIs
 * are {@code owl:sameAs} it in {@code {base}graph/linkset/dedup}): every source's facts, events and
 * records, each still in its source's graph, folded onto the surviving IRI. A local store (TDB2, memory)
 * answers both by index lookups instead ({@link NeighbourhoodLookup}): the same quads, without
 * planning a query per page; the SPARQL serves a remote endpoint.
 */
@Component
class PersonQueries {
    private static final String PREFIXES = """
            PREFIX esm: <https://w3id.org/esimder/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            """;
    /** The survivor the IRI was merged into (if retired), and the IRIs merged into it. Parsed once; ?r and ?dedup bound per page. */
    private static final Query CLUSTER = QueryFactory.create(PREFIXES + """
            SELECT ?survivor ?m WHERE {
              GRAPH ?dedup { { ?r owl:sameAs ?survivor FILTER(isIRI(?survivor) && ?survivor != ?r) } UNION { ?m owl:sameAs ?r } }
            }""");
    /** {@link #NEIGHBOURHOOD} for a person nobody was merged into (nearly every one): parsed once, ?r and ?dedup bound per page. */
    private static final Query NEIGHBOURHOOD_ONE = QueryFactory.create(PREFIXES + """
            SELECT ?g ?s ?p ?o WHERE {
              { GRAPH ?g { ?r ?p ?o } BIND(?r AS ?s) }
              UNION { ?s esm:person ?r . GRAPH ?g { ?s ?p ?o } }
              UNION { { ?r prov:wasDerivedFrom ?s } UNION { ?e esm:person ?r . ?e prov:wasDerivedFrom ?s }
                      GRAPH ?g { ?s ?p ?o } }
              UNION { { ?r prov:wasDerivedFrom ?rec } UNION { ?e esm:person ?r . ?e prov:wasDerivedFrom ?rec }
                      ?rec esm:inSource ?s . GRAPH ?g { ?s ?p ?o } }
              UNION { GRAPH ?dedup { ?s esm:matchSubject|esm:matchObject ?r } GRAPH ?g { ?s ?p ?o } }
              UNION { GRAPH ?g { ?s owl:sameAs ?r } BIND(owl:sameAs AS ?p) BIND(?r AS ?o) }
            }""");
    /**
     * Every quad about the members, their events, records, sources, aliases and possible matches, with
     * its graph. Each branch carries its own VALUES of the members: with one VALUES outside the union,
     * ARQ evaluated the branches unbound (every event in the store) before joining; measured at 100k
     * persons, 29 s against 50 ms.
     */
    private static final String NEIGHBOURHOOD = PREFIXES + """
            SELECT ?g ?s ?p ?o WHERE {
              { VALUES (?s) { ?members } GRAPH ?g { ?s ?p ?o } }
              UNION { VALUES (?r) { ?members } ?s esm:person ?r . GRAPH ?g { ?s ?p ?o } }
              UNION { VALUES (?r) { ?members } { ?r prov:wasDerivedFrom ?s } UNION { ?e esm:person ?r . ?e prov:wasDerivedFrom ?s }
                      GRAPH ?g { ?s ?p ?o } }
              UNION { VALUES (?r) { ?members } { ?r prov:wasDerivedFrom ?rec } UNION { ?e esm:person ?r . ?e prov:wasDerivedFrom ?rec }
                      ?rec esm:inSource ?s . GRAPH ?g { ?s ?p ?o } }
              UNION { VALUES (?r) { ?members } GRAPH ?dedup { ?s esm:matchSubject|esm:matchObject ?r } GRAPH ?g { ?s ?p ?o } }
              UNION { VALUES (?r) { ?members } GRAPH ?g { ?s owl:sameAs ?r } BIND(owl:sameAs AS ?p) BIND(?r AS ?o) }
            }""";
    private static final java.util.Set<String> LINK_PREDICATES = Set.of(OWL.sameAs.getURI(), RDFS.seeAlso.getURI(),
            SKOS.exactMatch.getURI());

    private final RdfStore store;
    private final Iris iris;

    PersonQueries(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    /** Where a person IRI stands: the survivor it was merged into, or the members (it first, then the IRIs merged into it). */
    record Cluster(Optional<String> survivor, List<String> members) {}

    /** What the CLUSTER query finds: the IRIs the person is owl:sameAs (retired into), and those merged into it. */
    record ClusterRows(List<String> survivors, List<String> merged) {}

    Cluster cluster(String iri) {
        Node r = NodeFactory.createURI(iri);
        Node dedup = NodeFactory.createURI(iris.dedupGraph());
        ClusterRows rows = store.readIndexes(dsg -> NeighbourhoodLookup.cluster(dsg, r, dedup))
                .orElseGet(() -> clusterBySparql(r, dedup));
        Optional<String> survivor = rows.survivors().stream().min(String::compareTo);
        List<String> members = new ArrayList<>();
        members.add(iri);
        members.addAll(new java.util.TreeSet<>(rows.merged()));
        return new Cluster(survivor, members);
    }

    private ClusterRows clusterBySparql(Node r, Node dedup) {
        List<String> survivors = new ArrayList<>();
        List<String> merged = new ArrayList<>();
        for (var row : store.select(CLUSTER, Map.of("r", ResourceFactory.createResource(r.getURI()), "dedup",
                ResourceFactory.createResource(dedup.getURI())))) {
            if (row.contains("survivor")) {
                survivors.add(row.getResource("survivor").getURI());
            } else if (row.contains("m")) {
                merged.add(row.getResource("m").getURI());
            }
        }
        return new ClusterRows(survivors, merged);
    }

    /** One link out: the linkset's name ({@code wikidata-people}, {@code memorial}, {@code partner-…}), the predicate's local name, the target. */
    record LinkOut(String linkset, String predicate, String target) {}

    /** A pending possible match: the other person, the score and the matcher's explanation. */
    record Possible(String other, BigDecimal score, String explanation) {}

    /**
     * What the page shows of a person: the model of its neighbourhood (merged IRIs renamed to the
     * survivor), for each "property value" of the person the graphs (sources) stating it, its links
     * out and its pending possible matches; {@code empty} when the store holds no triple about it.
     */
    record Neighbourhood(Model model, Map<String, Set<String>> factGraphs, List<LinkOut> linksOut,
                         List<Possible> possible, boolean empty) {}

    Neighbourhood neighbourhood(List<String> cluster) {
        Node dedupGraph = NodeFactory.createURI(iris.dedupGraph());
        List<Quad> quads = store.readIndexes(dsg -> NeighbourhoodLookup.quads(dsg, cluster, dedupGraph))
                .orElseGet(() -> quadsBySparql(cluster));
        return fold(quads, cluster);
    }

    /** The neighbourhood's quads by SPARQL, for a store without local indexes (a remote endpoint). */
    List<Quad> quadsBySparql(List<String> cluster) {
        List<org.apache.jena.query.QuerySolution> rows;
        if (cluster.size() == 1) {
            rows = store.select(NEIGHBOURHOOD_ONE, Map.of("r", ResourceFactory.createResource(cluster.get(0)), "dedup",
                    ResourceFactory.createResource(iris.dedupGraph())));
        } else {
            ParameterizedSparqlString q = new ParameterizedSparqlString(NEIGHBOURHOOD);
            q.setValues("members", cluster.stream().map(c -> (RDFNode) ResourceFactory.createResource(c)).toList());
            q.setIri("dedup", iris.dedupGraph());
            rows = store.select(q);
        }
        return rows.stream().map(row -> Quad.create(row.get("g").asNode(), row.get("s").asNode(), row.get("p").asNode(),
                row.get("o").asNode())).toList();
    }

    /** The page's view of the quads: the model (merged IRIs renamed to the survivor), fact graphs, links out, possible matches. */
    private Neighbourhood fold(List<Quad> quads, List<String> cluster) {
        Model m = ModelFactory.createDefaultModel();
        Model matches = ModelFactory.createDefaultModel();
        Map<String, Set<String>> graphs = new HashMap<>();
        Set<String> members = new HashSet<>(cluster);
        String dedup = iris.dedupGraph();
        String linksets = iris.base() + "graph/linkset/";
        Set<LinkOut> links = new java.util.TreeSet<>(java.util.Comparator.comparing(LinkOut::linkset)
                .thenComparing(LinkOut::target).thenComparing(LinkOut::predicate));
        for (Quad quad : quads) {
            Resource s = m.wrapAsResource(quad.getSubject());
            String g = quad.getGraph().getURI();
            String p = quad.getPredicate().getURI();
            RDFNode o = m.asRDFNode(quad.getObject());
            if (g.equals(dedup) && isPossibleMatchTriple(p)) {
                matches.add(s, ResourceFactory.createProperty(p), o);
                continue;
            }
            m.add(s, ResourceFactory.createProperty(p), o);
            if (s.isURIResource() && members.contains(s.getURI())) {
                graphs.computeIfAbsent(key(p, o.asNode().toString()), k -> new LinkedHashSet<>()).add(g);
                if (LINK_PREDICATES.contains(p) && o.isURIResource() && g.startsWith(linksets) && !g.equals(dedup)) {
                    links.add(new LinkOut(g.substring(linksets.length()), ResourceFactory.createProperty(p).getLocalName(),
                            o.asResource().getURI()));
                }
            }
        }
        boolean empty = m.isEmpty();
        String survivor = cluster.get(0);
        for (String retired : cluster.subList(1, cluster.size())) {
            ResourceUtils.renameResource(m.getResource(retired), survivor);
        }
        m.remove(m.getResource(survivor), OWL.sameAs, m.getResource(survivor));
        return new Neighbourhood(m, graphs, List.copyOf(links), possible(matches, cluster), empty);
    }

    private static boolean isPossibleMatchTriple(String p) {
        return p.startsWith(Esm.NS + "match") || p.equals(Esm.NS + "reviewStatus")
                || p.equals(RDF.type.getURI());
    }

    /** Pending possible matches of the members (either side), best score first, each other person once. */
    private static List<Possible> possible(Model matches, List<String> cluster) {
        record Row(String other, BigDecimal score, String why) {}
        List<Row> rows = new ArrayList<>();
        Resource type = matches.createResource(Esm.NS + "PossibleMatch");
        matches.listSubjectsWithProperty(RDF.type, type).forEach(pm -> {
            var status = pm.getProperty(matches.createProperty(Esm.NS, "reviewStatus"));
            var score = pm.getProperty(matches.createProperty(Esm.NS, "matchScore"));
            if (status == null || !"pending".equals(status.getString()) || score == null) {
                return;
            }
            var why = pm.getProperty(matches.createProperty(Esm.NS, "matchExplanation"));
            for (String[] sides : new String[][] {{"matchSubject", "matchObject"}, {"matchObject", "matchSubject"}}) {
                var mine = pm.getPropertyResourceValue(matches.createProperty(Esm.NS, sides[0]));
                var other = pm.getPropertyResourceValue(matches.createProperty(Esm.NS, sides[1]));
                if (mine != null && other != null && cluster.contains(mine.getURI())) {
                    rows.add(new Row(other.getURI(), new BigDecimal(score.getLiteral().getLexicalForm()),
                            why == null ? null : why.getString()));
                }
            }
        });
        rows.sort(java.util.Comparator.comparing(Row::score).reversed().thenComparing(Row::other));
        List<Possible> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(cluster);
        for (Row r : rows) {
            if (seen.add(r.other())) {
                out.add(new Possible(r.other(), r.score(), r.why()));
            }
        }
        return out;
    }

    static String key(String property, String value) {
        return property + " " + value;
    }
}
