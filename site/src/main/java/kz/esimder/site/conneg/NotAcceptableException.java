package kz.esimder.site.conneg;

import java.util.List;
import kz.esimder.site.data.ResourceRef;

/** No representation of the resource fits the request's Accept header: a 406 page listing those that exist. */
public class NotAcceptableException extends RuntimeException {
    private final String iri;
    private final transient List<Alternates.Alternate> alternates;

    public NotAcceptableException(ResourceRef ref) {
        this(ref.iri(), Alternates.of(ref));
    }

    /** A resource whose documents are not the usual page and data paths (the dataset, for one). */
    public NotAcceptableException(String iri, List<Alternates.Alternate> alternates) {
        super(iri);
        this.iri = iri;
        this.alternates = List.copyOf(alternates);
    }

    public String iri() {
        return iri;
    }

    public List<Alternates.Alternate> alternates() {
        return alternates;
    }
}
