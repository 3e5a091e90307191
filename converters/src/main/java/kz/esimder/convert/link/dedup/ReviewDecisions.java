package kz.esimder.convert.link.dedup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.esimder.convert.link.Evidence;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;

/**
 * An editor's decisions on possible matches, kept in the graph {@code {base}graph/review} (outside
 * the linksets, which every run replaces): an {@code esm:PossibleMatch} with its two persons and
 * {@code esm:reviewStatus "confirmed"} or {@code "rejected"}. Deduplication merges a confirmed pair
 * whatever its score, and never merges a rejected one (nor lists it again).
 */
public final class ReviewDecisions {
    public static final String GRAPH = "graph/review";
    public static final String METHOD = PairScorer.METHOD + "+editor";
    private static final String DECISIONS = """
            PREFIX esm: <https://w3id.org/esimder/ontology#>
            SELECT ?a ?b ?status WHERE {
              GRAPH ?review { ?m esm:matchSubject ?a ; esm:matchObject ?b ; esm:reviewStatus ?status }
              FILTER (?status IN ("confirmed", "rejected"))
            }""";

    private final Map<List<String>, Boolean> byPair;

    private ReviewDecisions(Map<List<String>, Boolean> byPair) {
        this.byPair = Map.copyOf(byPair);
    }

    public static ReviewDecisions none() {
        return new ReviewDecisions(Map.of());
    }

    /** A rejection wins over a confirmation of the same pair: merging is the step that is hard to undo. */
    public static ReviewDecisions read(Dataset dataset, String base) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(DECISIONS);
        q.setIri("review", base + GRAPH);
        Map<List<String>, Boolean> byPair = new HashMap<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create(q.asQuery(), dataset)) {
                qe.execSelect().forEachRemaining(r -> {
                    if (!r.get("a").isURIResource() || !r.get("b").isURIResource()) return;
                    boolean confirmed = r.getLiteral("status").getString().equals("confirmed");
                    byPair.merge(key(r.getResource("a").getURI(), r.getResource("b").getURI()), confirmed, Boolean::logicalAnd);
                });
            }
        });
        return new ReviewDecisions(byPair);
    }

    /** TRUE confirmed, FALSE rejected, null undecided. */
    public Boolean of(String a, String b) {
        return byPair.get(key(a, b));
    }

    boolean isConfirmed(String a, String b) {
        return Boolean.TRUE.equals(of(a, b));
    }

    /** Every person named in a decision. */
    java.util.Set<String> persons() {
        java.util.Set<String> out = new java.util.HashSet<>();
        byPair.keySet().forEach(out::addAll);
        return out;
    }

    /** The confirmed pairs, each as its two IRIs in order. */
    List<List<String>> confirmed() {
        return byPair.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).sorted((x, y) -> x.toString().compareTo(y.toString())).toList();
    }

    static Evidence confirmed(Evidence e) {
        return new Evidence(e.score(), METHOD, e.agreed(), e.disagreed(), "confirmed by an editor; " + e.explanation());
    }

    private static List<String> key(String a, String b) {
        return a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
    }
}
