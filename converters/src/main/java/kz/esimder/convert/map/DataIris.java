package kz.esimder.convert.map;

import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The deterministic IRIs of one source's data (docs/model.md «Data IRIs»): the same source key and
 * line always give the same IRI, so converting the same input twice gives the same quads.
 */
public final class DataIris {
    public static final String DEFAULT_BASE = "http://localhost:8080/";
    private static final Pattern SOURCE_KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String base;
    private final String sourceKey;

    public DataIris(String base, String sourceKey) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(sourceKey, "sourceKey");
        if (!base.matches("https?://\\S+/")) {
            throw new IllegalArgumentException("base must be an http(s) IRI ending in '/': '" + base + "'");
        }
        if (!SOURCE_KEY.matcher(sourceKey).matches()) {
            throw new IllegalArgumentException("source key must be [a-z0-9-]: '" + sourceKey + "'");
        }
        this.base = base;
        this.sourceKey = sourceKey;
    }

    public String sourceKey() { return sourceKey; }

    /** {@code {base}graph/{sourceKey}}: the named graph of the source. */
    public Node graph() { return iri("graph/" + sourceKey); }

    public Node source() { return iri("id/source/" + sourceKey); }

    public Node record(long line) { return iri("id/record/" + sourceKey + "-" + line); }

    public Node person(long line) { return iri("id/person/" + sourceKey + "-" + line); }

    /** @param n the event's 1-based order within the record */
    public Node event(long line, int n) { return iri("id/event/" + sourceKey + "-" + line + "-" + n); }

    private Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }
}
