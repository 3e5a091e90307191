package kz.esimder.store;

import java.util.Map;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The result formats a prepared cookbook answer is kept in, one gzip file each, and the exact
 * {@code Accept} headers they answer (with the Content-Type Fuseki gives that Accept). Any other
 * Accept goes to Fuseki, so that nobody can make the server keep more than these.
 */
enum AnswerFormat {
    JSON("srj", ResultSetLang.RS_JSON),
    XML("srx", ResultSetLang.RS_XML),
    CSV("csv", ResultSetLang.RS_CSV),
    TSV("tsv", ResultSetLang.RS_TSV);

    /** An exact Accept header answered from a prepared file, and the Content-Type sent with it. */
    record Served(AnswerFormat format, String contentType) {}

    private static final Map<String, Served> BY_ACCEPT = Map.of(
            "application/sparql-results+json", new Served(JSON, "application/sparql-results+json; charset=utf-8"),
            "application/json", new Served(JSON, "application/json; charset=utf-8"),
            "application/sparql-results+xml", new Served(XML, "application/sparql-results+xml"),
            "text/csv", new Served(CSV, "text/csv; charset=utf-8"),
            "text/tab-separated-values", new Served(TSV, "text/tab-separated-values; charset=utf-8"));

    private final String extension;
    private final Lang lang;

    AnswerFormat(String extension, Lang lang) {
        this.extension = extension;
        this.lang = lang;
    }

    String extension() { return extension; }
    Lang lang() { return lang; }

    /** The format for an Accept header, if it is exactly one of those kept (blanks around it aside). */
    static Optional<Served> forAccept(String accept) {
        return accept == null ? Optional.empty() : Optional.ofNullable(BY_ACCEPT.get(accept.strip()));
    }

    static java.util.Set<String> accepts() { return BY_ACCEPT.keySet(); }
}
