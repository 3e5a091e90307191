package kz.esimder.convert.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * What a batch knows of one node, found with one look-up: the values the batch's own triples give
 * it, by predicate number ({@link PredicateIds}); the reference's description of it, which the
 * batch sees once its triples point to the node; and the last record that describes it.
 */
final class BatchSubject {
    private static final List<Node>[] NONE = newArray(0);

    /** The reference's description of the node by predicate; null when the reference does not know it. */
    final Map<Node, List<Node>> reference;
    private List<Node>[] byPredicate = NONE;
    private boolean pointedTo;
    private int record = -1;

    BatchSubject(Map<Node, List<Node>> reference) {
        this.reference = reference;
    }

    /** Whether the batch sees the reference's description of the node: the node is a concept its triples point to. */
    boolean described() {
        return pointedTo && reference != null;
    }

    void pointTo() {
        pointedTo = true;
    }

    /** The index of the last record with a triple about the node; negative when none has one. */
    int record() {
        return record;
    }

    void describedBy(int record) {
        this.record = record;
    }

    /** The values of the batch's own triples for a predicate number, distinct. */
    List<Node> values(int predicate) {
        List<Node> values = predicate < byPredicate.length ? byPredicate[predicate] : null;
        return values == null ? List.of() : values;
    }

    /** Adds the value unless it is there; whether it was not. */
    boolean add(int predicate, Node value) {
        if (predicate >= byPredicate.length) {
            byPredicate = Arrays.copyOf(byPredicate, Math.max(predicate + 1, byPredicate.length * 2));
        }
        List<Node> values = byPredicate[predicate];
        if (values == null) {
            byPredicate[predicate] = values = new ArrayList<>(1);
        } else if (values.contains(value)) {
            return false;
        }
        values.add(value);
        return true;
    }

    @SuppressWarnings("unchecked")
    private static List<Node>[] newArray(int size) {
        return new List[size];
    }
}
