package kz.esimder.site.data;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import kz.esimder.store.LiveStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The {@link RdfStore} of a deployment: the live generation of the store module's TDB2 database
 * (public graphs only, union default graph, Lucene name index), the same dataset Fuseki serves at
 * {@code /sparql}. After a load and reload the next query reads the new generation.
 */
public final class TdbRdfStore implements RdfStore {
    private static final String ANY_PERSON = "ASK { ?p a <https://w3id.org/esimder/ontology#Person> }";
    private final LiveStore live;
    private final long timeoutMillis;
    private final AtomicLong writes = new AtomicLong();
    private volatile Instant lastWrite = Instant.now();

    public TdbRdfStore(LiveStore live, long timeoutMillis) {
        this.live = live;
        this.timeoutMillis = timeoutMillis;
    }

    private Dataset dataset() {
        return DatasetFactory.wrap(live.dataset());
    }

    @Override
    public List<QuerySolution> select(ParameterizedSparqlString query) {
        return read(query.asQuery(), qe -> ResultSetFormatter.toList(qe.execSelect()));
    }

    @Override
    public void selectEach(ParameterizedSparqlString query, Consumer<QuerySolution> row) {
        read(query.asQuery(), qe -> {
            qe.execSelect().forEachRemaining(row);
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

    private <T> T read(Query query, Function<QueryExecution, T> body) {
        Dataset ds = dataset();
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query)
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                return body.apply(qe);
            }
        });
    }

    /** Adds quads to the live generation in one write transaction (the name index follows). */
    @Override
    public void add(DatasetGraph quads) {
        DatasetGraph target = live.dataset();
        Txn.executeWrite(target, () -> quads.find().forEachRemaining(target::add));
        writes.incrementAndGet();
        lastWrite = Instant.now();
    }

    @Override
    public void export(StreamRDF sink) {
        DatasetGraph dsg = live.dataset();
        Txn.executeRead(dsg, () -> StreamRDFOps.sendDatasetToStream(dsg, sink));
    }

    @Override
    public boolean isEmpty() {
        return !ask(new ParameterizedSparqlString(ANY_PERSON));
    }

    /** The generation (changed by a load) and the writes made since: both change every ETag. */
    @Override
    public long version() {
        return 31L * live.generation().getFileName().toString().hashCode() + writes.get();
    }

    @Override
    public Instant lastModified() {
        try {
            Instant generation = java.nio.file.Files.getLastModifiedTime(live.generation()).toInstant();
            return generation.isAfter(lastWrite) ? generation : lastWrite;
        } catch (java.io.IOException e) {
            return lastWrite;
        }
    }
}
