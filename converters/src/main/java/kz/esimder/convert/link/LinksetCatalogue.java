package kz.esimder.convert.link;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;

/**
 * The VoID descriptions of every linkset in a dataset, for the dataset description: each
 * {@code void:Linkset} with its properties, and {@code {base}id/dataset void:subset} it.
 */
public final class LinksetCatalogue {
    private static final String DESCRIBE = """
            PREFIX void: <http://rdfs.org/ns/void#>
            CONSTRUCT { ?ls ?p ?o . ?dataset void:subset ?ls . }
            WHERE {
              GRAPH ?ls { ?ls a void:Linkset ; ?p ?o }
              FILTER (STRSTARTS(STR(?ls), ?prefix))
            }""";

    private LinksetCatalogue() {}

    public static Graph describe(Dataset dataset, String base) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(DESCRIBE);
        q.setLiteral("prefix", base + "graph/linkset/");
        q.setIri("dataset", LinksetTargets.ours(base));
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create(q.asQuery(), dataset)) {
                return qe.execConstruct().getGraph();
            }
        });
    }
}
