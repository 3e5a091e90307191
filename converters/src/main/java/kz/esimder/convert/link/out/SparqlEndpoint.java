package kz.esimder.convert.link.out;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/**
 * A remote SPARQL endpoint (Wikidata's public one in production, a local Fuseki in tests). Sends a
 * User-Agent as Wikidata's policy asks, and a timeout so a slow endpoint fails a run instead of
 * hanging it.
 */
public final class SparqlEndpoint {
    public static final String WIKIDATA = "https://query.wikidata.org/sparql";
    private static final String USER_AGENT = "Esimder/0.1 (https://w3id.org/esimder; linked open data on victims of repression)";

    private final String url;
    private final long timeoutSeconds;

    public SparqlEndpoint(String url, long timeoutSeconds) {
        Objects.requireNonNull(url, "url");
        if (!url.matches("https?://\\S+")) throw new IllegalArgumentException("endpoint must be an http(s) URL: '" + url + "'");
        if (timeoutSeconds <= 0) throw new IllegalArgumentException("timeout must be positive: " + timeoutSeconds);
        this.url = url;
        this.timeoutSeconds = timeoutSeconds;
    }

    public String url() { return url; }

    public List<QuerySolution> select(ParameterizedSparqlString query) {
        try (QueryExecution qe = QueryExecutionHTTP.service(url).query(query.asQuery())
                .httpHeader("User-Agent", USER_AGENT).timeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }
}
