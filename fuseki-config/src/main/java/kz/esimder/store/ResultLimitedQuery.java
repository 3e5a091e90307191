package kz.esimder.store;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's own query operation with one addition: a SELECT, CONSTRUCT or DESCRIBE without a LIMIT,
 * or with a larger one, gets {@code LIMIT resultLimit}; the response says so in the
 * {@value #LIMIT_HEADER} header. Together with the query timeout, this keeps one client from
 * streaming the whole store and starving everybody else.
 */
final class ResultLimitedQuery extends SPARQL_QueryDataset {
    static final String LIMIT_HEADER = "Esimder-Result-Limit";
    private final long resultLimit;

    ResultLimitedQuery(long resultLimit) {
        this.resultLimit = resultLimit;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        if (applyLimit(query, resultLimit)) action.setResponseHeader(LIMIT_HEADER, Long.toString(resultLimit));
        return super.createQueryExec(action, query, dataset);
    }

    /** Sets {@code LIMIT resultLimit} on a query that returns rows or triples without a smaller limit; returns whether it did. */
    static boolean applyLimit(Query query, long resultLimit) {
        boolean limitable = query.isSelectType() || query.isConstructType() || query.isDescribeType();
        if (limitable && (!query.hasLimit() || query.getLimit() > resultLimit)) {
            query.setLimit(resultLimit);
            return true;
        }
        return false;
    }
}
