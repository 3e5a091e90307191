package kz.esimder.convert.link.out;

import java.util.Collection;
import java.util.List;
import org.apache.jena.rdf.model.Literal;

/** Where candidates come from: an external dataset asked by label. */
public interface CandidateSource {
    /** The external resources bearing any of the labels, one per resource. */
    List<Candidate> lookup(Collection<Literal> labels);

    /** Our identifier for a resource of this source (a Q-number, a GeoNames id), from its IRI. */
    String idOf(String iri);
}
