package kz.esimder.site.data;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.system.Txn;

/**
 * An {@link RdfStore} over an in-memory TDB2 dataset: the stand-in until the on-disk TDB2 store of the
 * store module is wired in, with the same semantics (default graph = union of the named graphs).
 */
public final class InMemoryRdfStore implements RdfStore {
    private final DatasetGraph quads = unionDefault(DatabaseMgr.createDatasetGraph());
    private final Dataset queryable = DatasetFactory.wrap(quads);
    private final AtomicLong version = new AtomicLong(1);
    private volatile Instant lastModified = Instant.now();
    private final long timeoutMillis;

    public InMemoryRdfStore(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public List<QuerySolution> select(ParameterizedSparqlString query) {
        return read(query.asQuery(), qe -> ResultSetFormatter.toList(qe.execSelect()));
    }

    @Override
    public void selectEach(ParameterizedSparqlString query, Consumer<QuerySolution> row) {
        read(query.asQuery(), qe -> {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(row);
            return null;
        });
    }

    @Override
    public boolean ask(ParameterizedSparqlString query) {
        return read(query.asQuery(), QueryExecution::execAsk);
    }

    @Override
    public Model construct(ParameterizedSparqlString query) {
        return read(query.asQuery(), QueryExecution::execConstruct);
    }

    private <T> T read(Query query, java.util.function.Function<QueryExecution, T> body) {
        return Txn.calculateRead(queryable, () -> {
            try (QueryExecution qe = QueryExecution.dataset(queryable).query(query)
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                return body.apply(qe);
            }
        });
    }

    @Override
    public void add(DatasetGraph more) {
        Txn.executeWrite(quads, () -> more.find().forEachRemaining(quads::add));
        version.incrementAndGet();
        lastModified = Instant.now();
    }

    @Override
    public void export(StreamRDF sink) {
        Txn.executeRead(quads, () -> StreamRDFOps.sendDatasetToStream(quads, sink));
    }

    @Override
    public boolean isEmpty() {
        return !ask(new ParameterizedSparqlString("ASK { ?p a <https://w3id.org/esimder/ontology#Person> }"));
    }

    @Override
    public long version() {
        return version.get();
    }

    @Override
    public Instant lastModified() {
        return lastModified;
    }

    /** An in-memory TDB2 dataset whose default graph is the union of the named graphs, as the store's. */
    private static DatasetGraph unionDefault(DatasetGraph dsg) {
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }
}
