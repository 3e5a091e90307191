package kz.esimder.site.data;

/** The IRI was merged into another: a 301 to the same kind of document about the survivor. */
public class MovedException extends RuntimeException {
    private final transient ResourceRef from;
    private final transient ResourceRef to;

    public MovedException(ResourceRef from, ResourceRef to) {
        super(from.iri() + " -> " + to.iri());
        this.from = from;
        this.to = to;
    }

    public ResourceRef from() {
        return from;
    }

    public ResourceRef to() {
        return to;
    }
}
