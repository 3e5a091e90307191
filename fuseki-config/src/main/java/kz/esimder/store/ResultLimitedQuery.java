package kz.esimder.store;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

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
        boolean limitable = query.isSelectType() || query.isConstructType() || query.isDescribeType();
        if (limitable && (!query.hasLimit() || query.getLimit() > resultLimit)) {
            query.setLimit(resultLimit);
            action.setResponseHeader(LIMIT_HEADER, Long.toString(resultLimit));
        }
        if (action.getRequest().getAttribute(CookbookAnswers.TIMEOUT_ATTRIBUTE) instanceof Duration longer) {
            // a cookbook answer, computed once for everybody (CookbookAnswers): it may take longer
            return QueryExec.newBuilder().dataset(dataset).query(query).context(action.getContext())
                    .timeout(longer.toMillis(), TimeUnit.MILLISECONDS).build();
        }
        return super.createQueryExec(action, query, dataset);
    }
}
