package kz.esimder.site.data;

import java.time.Instant;
import java.util.List;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Everything the site reads, through SPARQL built with {@link ParameterizedSparqlString}. The default
 * graph is the union of the public named graphs; {@code GRAPH ?g} reaches each source's graph.
 * One implementation per backend: an in-memory dataset now, TDB2/Fuseki when the store lands.
 */
public interface RdfStore {

    /** Runs a SELECT and copies its (bounded: every caller uses LIMIT or a bounded pattern) rows. */
    List<QuerySolution> select(ParameterizedSparqlString query);

    /**
     * Runs a SELECT parsed once (a constant of its caller) with variables bound to values, for the
     * queries of every page: no text to build or parse per request. The values replace the variables
     * in the query's syntax (Jena's substitution), as a prepared statement's parameters would.
     */
    default List<QuerySolution> select(org.apache.jena.query.Query query, java.util.Map<String, ? extends org.apache.jena.rdf.model.RDFNode> bindings) {
        return select(new ParameterizedSparqlString(substitute(query, bindings).toString()));
    }

    /** The query with each bound variable replaced by its value. */
    static org.apache.jena.query.Query substitute(org.apache.jena.query.Query query,
                                                   java.util.Map<String, ? extends org.apache.jena.rdf.model.RDFNode> bindings) {
        java.util.Map<org.apache.jena.sparql.core.Var, org.apache.jena.graph.Node> nodes = new java.util.HashMap<>();
        bindings.forEach((name, value) -> nodes.put(org.apache.jena.sparql.core.Var.alloc(name), value.asNode()));
        return org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps.transform(query, nodes);
    }

    /**
     * Runs {@code reads} over the store's own indexes ({@link DatasetGraph#find}) in one read
     * transaction; empty for a store with no local indexes (a remote endpoint), whose callers ask
     * the same in SPARQL. For the lookups of every page (a person's neighbourhood, a data
     * document): finding a pattern costs microseconds, planning a SPARQL query about a millisecond.
     * No timeout applies, so the reads must be bounded (a resource's own quads, a page of a listing).
     */
    default <T> java.util.Optional<T> readIndexes(java.util.function.Function<DatasetGraph, T> reads) {
        return java.util.Optional.empty();
    }

    /** Runs a SELECT and streams its rows to a consumer, for unbounded scans in the background (indexes); a local store sets no timeout. */
    void selectEach(ParameterizedSparqlString query, java.util.function.Consumer<QuerySolution> row);

    boolean ask(ParameterizedSparqlString query);

    Model construct(ParameterizedSparqlString query);

    /**
     * The {@code void:Linkset} descriptions of every linkset ({@code {base}graph/linkset/…}), as
     * {@link kz.esimder.convert.link.LinksetCatalogue} gives them: each with its properties, and
     * {@code {base}id/dataset void:subset} it. This default asks the same CONSTRUCT through
     * {@link #construct} (a remote endpoint has no local dataset to hand to the catalogue).
     */
    default Model linksets(String base) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                PREFIX void: <http://rdfs.org/ns/void#>
                CONSTRUCT { ?ls ?p ?o . ?dataset void:subset ?ls . }
                WHERE { GRAPH ?ls { ?ls a void:Linkset ; ?p ?o } FILTER (STRSTARTS(STR(?ls), ?prefix)) }""");
        q.setLiteral("prefix", base + "graph/linkset/");
        q.setIri("dataset", kz.esimder.convert.link.LinksetTargets.ours(base));
        return construct(q);
    }

    /** Whether {@link #add} works: false for a remote endpoint. */
    default boolean writable() {
        return true;
    }

    /** Adds quads (the demo dataset, a test fixture) in one write transaction. */
    void add(DatasetGraph quads);

    /** Streams every public quad, for dumps. */
    void export(StreamRDF sink);

    /** True when the store holds no person (the ontology and vocabularies may be there). */
    boolean isEmpty();

    /** Changes whenever the data changes: part of every ETag. */
    long version();

    Instant lastModified();
}
