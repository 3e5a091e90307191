package kz.esimder.convert.validate;

import java.util.function.Predicate;
import org.apache.jena.graph.Node;

/**
 * The SELECT of a SHACL-SPARQL constraint recognised as a form that plain Java evaluates with the
 * same answer: for each focus node, whether the SELECT has a row with {@code $this} bound to it
 * (a violation). Recognition compares the query's algebra with the form's own, so a query that
 * differs in anything (another filter, a modifier, another variable) is not recognised and stays
 * with Jena's query engine.
 */
interface CompiledSelect {

    /** For one batch: whether the SELECT has a row for a focus node. */
    Predicate<Node> over(BatchData data);
}
