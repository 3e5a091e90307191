package kz.esimder.site.person;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.esimder.site.data.Iris;
import kz.esimder.site.data.RdfStore;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.util.ResourceUtils;
import org.apache.jena.vocabulary.OWL;
import org.springframework.stereotype.Component;

/**
 * The SPARQL behind a person page: the person's neighbourhood, which graph each fact came from, its
 * links out and its possible matches. A person that deduplication merged others into is read with
 * them (their IRIs are {@code owl:sameAs} it in {@code {base}graph/linkset/dedup}): every source's
 * facts, events and records, each still in its source's graph, folded onto the surviving IRI.
 */
@Component
class PersonQueries {
    private static final String PREFIXES = """
            PREFIX esm: <https://w3id.org/esimder/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static final String CLUSTER = PREFIXES + "SELECT ?m WHERE { GRAPH ?dedup { ?m owl:sameAs ?r } } ORDER BY ?m";
    private static final String NEIGHBOURHOOD = PREFIXES + """
            CONSTRUCT { ?r ?p ?o . ?e ?ep ?eo . ?rec ?rp ?ro . ?src ?sp ?so . ?alias ?ap ?r }
            WHERE {
              VALUES (?r) { ?members }
              { ?r ?p ?o }
              UNION { ?e esm:person ?r . ?e ?ep ?eo }
              UNION { { ?r prov:wasDerivedFrom ?rec } UNION { ?e2 esm:person ?r . ?e2 prov:wasDerivedFrom ?rec }
                      ?rec ?rp ?ro }
              UNION { { ?r prov:wasDerivedFrom ?rec2 } UNION { ?e3 esm:person ?r . ?e3 prov:wasDerivedFrom ?rec2 }
                      ?rec2 esm:inSource ?src . ?src ?sp ?so }
              UNION { VALUES ?ap { owl:sameAs } ?alias ?ap ?r }
            }""";
    private static final String FACT_GRAPHS = "SELECT ?g ?p ?o WHERE { VALUES (?r) { ?members } GRAPH ?g { ?r ?p ?o } }";
    /** Links out: sameAs, seeAlso and exactMatch of the person in every linkset but deduplication's own. */
    private static final String LINKS_OUT = PREFIXES + """
            SELECT DISTINCT ?g ?p ?o WHERE {
              VALUES (?r) { ?members }
              VALUES ?p { owl:sameAs rdfs:seeAlso skos:exactMatch }
              GRAPH ?g { ?r ?p ?o }
              FILTER(isIRI(?o) && STRSTARTS(STR(?g), ?linksets) && ?g != ?dedup)
            } ORDER BY ?g ?o""";
    /** Pending possible matches of the person (either side), not decided by an editor. */
    private static final String POSSIBLE = PREFIXES + """
            SELECT ?m ?other ?score ?why WHERE {
              VALUES (?r) { ?members }
              GRAPH ?dedup {
                ?m a esm:PossibleMatch ; esm:matchScore ?score ; esm:reviewStatus "pending" .
                { ?m esm:matchSubject ?r ; esm:matchObject ?other } UNION { ?m esm:matchObject ?r ; esm:matchSubject ?other }
                OPTIONAL { ?m esm:matchExplanation ?why }
              }
            } ORDER BY DESC(?score) ?other""";

    private final RdfStore store;
    private final Iris iris;

    PersonQueries(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    /** The person first, then the IRIs merged into it. */
    List<String> cluster(String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(CLUSTER);
        q.setIri("r", iri);
        q.setIri("dedup", iris.dedupGraph());
        List<String> members = new ArrayList<>();
        members.add(iri);
        store.select(q).forEach(row -> members.add(row.getResource("m").getURI()));
        return members;
    }

    /** The neighbourhood of every member, with the merged IRIs renamed to the survivor (the first). */
    Model neighbourhood(List<String> cluster) {
        Model m = store.construct(withMembers(NEIGHBOURHOOD, cluster));
        String survivor = cluster.get(0);
        for (String retired : cluster.subList(1, cluster.size())) {
            ResourceUtils.renameResource(m.getResource(retired), survivor);
        }
        m.remove(m.getResource(survivor), OWL.sameAs, m.getResource(survivor));
        return m;
    }

    /** For each "property value" of the person (any member), the named graphs (sources) that state it. */
    Map<String, Set<String>> factGraphs(List<String> cluster) {
        Map<String, Set<String>> graphs = new HashMap<>();
        for (var row : store.select(withMembers(FACT_GRAPHS, cluster))) {
            graphs.computeIfAbsent(key(row.getResource("p").getURI(), row.get("o").asNode().toString()),
                    k -> new LinkedHashSet<>()).add(row.getResource("g").getURI());
        }
        return graphs;
    }

    /** One link out: the linkset's name ({@code wikidata-people}, {@code memorial}, {@code partner-…}), the predicate's local name, the target. */
    record LinkOut(String linkset, String predicate, String target) {}

    List<LinkOut> linksOut(List<String> cluster) {
        ParameterizedSparqlString q = withMembers(LINKS_OUT, cluster);
        String prefix = iris.base() + "graph/linkset/";
        q.setLiteral("linksets", prefix);
        List<LinkOut> links = new ArrayList<>();
        for (var row : store.select(q)) {
            links.add(new LinkOut(row.getResource("g").getURI().substring(prefix.length()),
                    row.getResource("p").getLocalName(), row.getResource("o").getURI()));
        }
        return links;
    }

    /** A pending possible match: the other person, the score and the matcher's explanation. */
    record Possible(String other, BigDecimal score, String explanation) {}

    List<Possible> possibleMatches(List<String> cluster) {
        List<Possible> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(cluster);
        for (var row : store.select(withMembers(POSSIBLE, cluster))) {
            String other = row.getResource("other").getURI();
            if (seen.add(other)) {
                out.add(new Possible(other, new BigDecimal(row.getLiteral("score").getLexicalForm()),
                        row.contains("why") ? row.getLiteral("why").getString() : null));
            }
        }
        return out;
    }

    private ParameterizedSparqlString withMembers(String query, List<String> cluster) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(query);
        q.setValues("members", cluster.stream().map(c -> (RDFNode) ResourceFactory.createResource(c)).toList());
        q.setIri("dedup", iris.dedupGraph());
        return q;
    }

    static String key(String property, String value) {
        return property + " " + value;
    }
}
