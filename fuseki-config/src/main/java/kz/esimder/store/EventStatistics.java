package kz.esimder.store;

import java.util.ArrayList;
import java.util.List;

import kz.esimder.ontology.Esm;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * Counts of repression events by kind and year, computed once per load and stored as W3C Data
 * Cube observations in {@code {base}graph/statistics}: "arrests by year" over a million persons
 * is then a lookup of a few dozen quads, not a scan of millions of events at query time.
 * <pre>
 * SELECT ?year ?n { GRAPH &lt;{base}graph/statistics&gt; {
 *   ?o esm:eventType &lt;https://w3id.org/esimder/vocab/event-type/arrest&gt; ;
 *      sdmx-dimension:refPeriod ?year ; sdmx-measure:obsValue ?n } } ORDER BY ?year
 * </pre>
 * Only the public database is counted; events whose date is missing are not in a year. An event
 * that several records of a merged person state (deduplication links each other statement of it
 * {@code esm:sameEventAs} the one it keeps) counts once: only the kept statement is counted, in its
 * own year (a MINUS over the few links: a set of every event counted, as COUNT(DISTINCT) keeps,
 * took this step from 46 s to most of 200 s at 1,000,000 persons). The counts therefore follow linking: {@code esimder load} counts after linking, and
 * {@code esimder dedup} {@linkplain #rebuild rebuilds} them.
 */
public final class EventStatistics {
    static final String QB = "http://purl.org/linked-data/cube#";
    static final String REF_PERIOD = "http://purl.org/linked-data/sdmx/2009/dimension#refPeriod";
    static final String OBS_VALUE = "http://purl.org/linked-data/sdmx/2009/measure#obsValue";

    private EventStatistics() {}

    /** Replaces the observations of {@code database} (after linking changed); returns the number of quads written. */
    public static long rebuild(DatasetGraph database, GraphNames names) {
        Txn.executeWrite(database, () -> database.removeGraph(names.statistics()));
        return build(database, names);
    }

    /** Writes the observations into {@code database}; returns the number of quads written. */
    static long build(DatasetGraph database, GraphNames names) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(
                "SELECT ?type ?year (COUNT(?e) AS ?n) { GRAPH ?g { ?e ?eventType ?type ; ?date ?d } "
                        + "MINUS { GRAPH ?linkset { ?e ?sameEventAs ?kept } } } "
                        + "GROUP BY ?type (YEAR(?d) AS ?year)");
        pss.setIri("eventType", Esm.eventType.getURI());
        pss.setIri("date", Esm.date.getURI());
        pss.setIri("sameEventAs", Esm.sameEventAs.getURI());
        Query query = pss.asQuery();
        List<Quad> quads = new ArrayList<>();
        Node graph = names.statistics();
        Node dataSet = NodeFactory.createURI(names.base() + "id/dataset/events-by-year");
        Txn.executeRead(database, () -> {
            RowSet rows = QueryExec.dataset(database).query(query).select();
            rows.forEachRemaining(row -> {
                Node type = row.get("type");
                Node year = row.get("year");
                if (type == null || year == null || !type.isURI()) return;
                String y = year.getLiteralLexicalForm();
                String local = type.getURI().substring(type.getURI().lastIndexOf('/') + 1);
                Node obs = NodeFactory.createURI(names.base() + "id/statistics/events-by-year/" + local + "-" + y);
                quads.add(Quad.create(graph, obs, RDF.type.asNode(), NodeFactory.createURI(QB + "Observation")));
                quads.add(Quad.create(graph, obs, NodeFactory.createURI(QB + "dataSet"), dataSet));
                quads.add(Quad.create(graph, obs, Esm.eventType.asNode(), type));
                quads.add(Quad.create(graph, obs, NodeFactory.createURI(REF_PERIOD), NodeFactory.createLiteralDT(y, XSDDatatype.XSDgYear)));
                quads.add(Quad.create(graph, obs, NodeFactory.createURI(OBS_VALUE), row.get("n")));
            });
        });
        if (!quads.isEmpty()) {
            quads.add(Quad.create(graph, dataSet, RDF.type.asNode(), NodeFactory.createURI(QB + "DataSet")));
        }
        Txn.executeWrite(database, () -> quads.forEach(database::add));
        return quads.size();
    }
}
