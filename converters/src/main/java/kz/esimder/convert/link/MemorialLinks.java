package kz.esimder.convert.link;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;

/**
 * Links each person to the original online record it came from, so a reader can check it:
 * {@code person rdfs:seeAlso <url>} in the linkset {@code {base}graph/linkset/memorial}, where the
 * person's source record carries {@code rdfs:seeAlso <url>} (a lists.memo.ru or stalin.memo.ru
 * page), or, failing that, where the record's source is published by Memorial and names its
 * online original as a {@code dcterms:source} IRI.
 */
public final class MemorialLinks {
    public static final String LINKSET = "memorial";
    public static final String MEMORIAL = "https://memo.ru/";
    private static final String ORIGINALS = """
            PREFIX esm: <https://w3id.org/esimder/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT DISTINCT ?p ?original WHERE {
              GRAPH ?g {
                ?p a esm:Person ; prov:wasDerivedFrom ?r .
                { ?r rdfs:seeAlso ?original }
                UNION
                { ?r esm:inSource ?s . ?s dcterms:publisher ?publisher ; dcterms:source ?original .
                  FILTER (REGEX(STR(?publisher), "memorial|мемориал", "i"))
                  FILTER NOT EXISTS { ?r rdfs:seeAlso ?any } }
              }
              FILTER (isIRI(?original) && !STRSTARTS(STR(?g), ?linksets))
            } ORDER BY ?p ?original""";

    private MemorialLinks() {}

    /** Finds the originals and replaces the memorial linkset; returns how many links it holds. */
    public static long run(Dataset dataset, String base) {
        Linkset ls = find(dataset, base);
        LinksetStore.replace(dataset, ls);
        return ls.links();
    }

    /** The memorial linkset, in memory (one link per person with an original), not yet written. */
    public static Linkset find(Dataset dataset, String base) {
        Linkset ls = Linkset.builder(base, LINKSET).subjectsTarget(LinksetTargets.ours(base)).objectsTarget(MEMORIAL)
                .linkPredicate(RDFS.seeAlso.asNode()).title("Esimder persons and their original records at Memorial").build();
        ParameterizedSparqlString q = new ParameterizedSparqlString(ORIGINALS);
        q.setLiteral("linksets", base + "graph/linkset/");
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create(q.asQuery(), dataset)) {
                qe.execSelect().forEachRemaining(r -> ls.link(NodeFactory.createURI(r.getResource("p").getURI()),
                        RDFS.seeAlso.asNode(), NodeFactory.createURI(r.getResource("original").getURI())));
            }
        });
        return ls;
    }
}
