package kz.esimder.site.data;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;

/** The query side of an {@link RdfStore} over a local Jena dataset: each query in a read transaction, with a timeout. */
abstract class DatasetRdfStore implements RdfStore {
    private static final String ANY_PERSON = "ASK { ?p a <https://w3id.org/esimder/ontology#Person> }";
    private final long timeoutMillis;

    DatasetRdfStore(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    /** The dataset queries read: its default graph is the union of the public named graphs. */
    abstract Dataset dataset();

    @Override
    public List<QuerySolution> select(ParameterizedSparqlString query) {
        return copiedRows(query.asQuery());
    }

    @Override
    public List<QuerySolution> select(Query query, java.util.Map<String, ? extends org.apache.jena.rdf.model.RDFNode> bindings) {
        return copiedRows(RdfStore.substitute(query, bindings));
    }

    private List<QuerySolution> copiedRows(Query query) {
        // Copy every value inside the transaction: TDB2 rows resolve their nodes lazily, and after
        // the transaction a node no longer in the node cache would read as null.
        return read(query, qe -> {
            List<QuerySolution> rows = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(row -> {
                QuerySolutionMap copy = new QuerySolutionMap();
                row.varNames().forEachRemaining(v -> {
                    if (row.get(v) != null) {
                        copy.add(v, row.get(v));
                    }
                });
                rows.add(copy);
            });
            return rows;
        });
    }

    /**
     * Without the per-query timeout: the scans that use it (the name index at 1,000,000 persons) run
     * in the background, never for a request, and take longer than any request may.
     */
    @Override
    public void selectEach(ParameterizedSparqlString query, Consumer<QuerySolution> row) {
        read(query.asQuery(), 0, qe -> {
            qe.execSelect().forEachRemaining(row);
            return null;
        });
    }

    @Override
    public <T> java.util.Optional<T> readIndexes(Function<org.apache.jena.sparql.core.DatasetGraph, T> reads) {
        org.apache.jena.sparql.core.DatasetGraph dsg = dataset().asDatasetGraph();
        return java.util.Optional.of(Txn.calculateRead(dsg, () -> reads.apply(dsg)));
    }

    @Override
    public boolean ask(ParameterizedSparqlString query) {
        return read(query.asQuery(), QueryExecution::execAsk);
    }

    /** The linksets as {@link kz.esimder.convert.link.LinksetCatalogue} describes them, over the local dataset. */
    @Override
    public Model linksets(String base) {
        return org.apache.jena.rdf.model.ModelFactory.createModelForGraph(
                kz.esimder.convert.link.LinksetCatalogue.describe(dataset(), base));
    }

    @Override
    public Model construct(ParameterizedSparqlString query) {
        return read(query.asQuery(), QueryExecution::execConstruct);
    }

    @Override
    public boolean isEmpty() {
        return !ask(new ParameterizedSparqlString(ANY_PERSON));
    }

    private <T> T read(Query query, Function<QueryExecution, T> body) {
        return read(query, timeoutMillis, body);
    }

    /** A query in a read transaction; {@code timeout} 0 means none. */
    private <T> T read(Query query, long timeout, Function<QueryExecution, T> body) {
        Dataset ds = dataset();
        return Txn.calculateRead(ds, () -> {
            var builder = QueryExecution.dataset(ds).query(query);
            if (timeout > 0) {
                builder = builder.timeout(timeout, TimeUnit.MILLISECONDS);
            }
            try (QueryExecution qe = builder.build()) {
                return body.apply(qe);
            }
        });
    }
}
