package kz.esimder.site.data;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/**
 * An {@link RdfStore} over a remote SPARQL 1.1 endpoint ({@code esimder.sparql.endpoint}): several
 * site instances in front of a replicated store. Read-only. The data may change without the site
 * knowing, so the version (part of every ETag) turns over every {@code freshness}.
 */
public final class RemoteRdfStore implements RdfStore {
    private static final String ANY_PERSON = "ASK { ?p a <https://w3id.org/esimder/ontology#Person> }";
    private static final String ALL_QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final int RETRIES = 5;
    /** At most this many queries at once: below the endpoint's per-client cap (4 by default), so the site queues instead of being refused. */
    private final java.util.concurrent.Semaphore permits = new java.util.concurrent.Semaphore(3, true);
    private final String endpoint;
    private final Duration freshness;

    public RemoteRdfStore(String endpoint, Duration freshness) {
        this.endpoint = endpoint;
        this.freshness = freshness;
    }

    private RDFConnection connect() {
        return RDFConnection.queryConnect(endpoint);
    }

    @Override
    public List<QuerySolution> select(ParameterizedSparqlString query) {
        List<QuerySolution> rows = new ArrayList<>();
        selectEach(query, row -> {
            QuerySolutionMap copy = new QuerySolutionMap();
            copy.addAll(row);
            rows.add(copy);
        });
        return rows;
    }

    @Override
    public void selectEach(ParameterizedSparqlString query, Consumer<QuerySolution> row) {
        withRetry(c -> {
            c.querySelect(query.asQuery(), row);
            return null;
        });
    }

    @Override
    public boolean ask(ParameterizedSparqlString query) {
        return withRetry(c -> c.queryAsk(query.asQuery()));
    }

    @Override
    public Model construct(ParameterizedSparqlString query) {
        return withRetry(c -> c.queryConstruct(query.asQuery()));
    }

    /**
     * The endpoint caps concurrent queries per client, and this site is one client for all its
     * visitors: a 429 or 503 is retried a few times after a short pause before it becomes an error.
     */
    private <T> T withRetry(java.util.function.Function<RDFConnection, T> body) {
        for (int attempt = 1; ; attempt++) {
            try {
                permits.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the endpoint " + endpoint, e);
            }
            try (RDFConnection c = connect()) {
                return body.apply(c);
            } catch (QueryExceptionHTTP e) {
                boolean busy = e.getStatusCode() == 429 || e.getStatusCode() == 503;
                if (!busy || attempt == RETRIES) {
                    throw e;
                }
                pause(attempt, e);
            } finally {
                permits.release();
            }
        }
    }

    private static void pause(int attempt, RuntimeException cause) {
        try {
            Thread.sleep(100L << attempt);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    @Override
    public boolean writable() {
        return false;
    }

    @Override
    public void add(DatasetGraph quads) {
        throw new UnsupportedOperationException("The remote endpoint " + endpoint + " is read-only for the site");
    }

    @Override
    public void export(StreamRDF sink) {
        selectEach(new ParameterizedSparqlString(ALL_QUADS), row -> sink.quad(Quad.create(row.get("g").asNode(),
                row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode())));
    }

    @Override
    public boolean isEmpty() {
        return !ask(new ParameterizedSparqlString(ANY_PERSON));
    }

    @Override
    public long version() {
        return System.currentTimeMillis() / freshness.toMillis();
    }

    @Override
    public Instant lastModified() {
        return Instant.ofEpochMilli(version() * freshness.toMillis());
    }
}
