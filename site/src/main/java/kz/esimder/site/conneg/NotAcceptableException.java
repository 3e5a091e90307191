package kz.esimder.site.conneg;

import kz.esimder.site.data.ResourceRef;

/** No representation of the resource fits the request's Accept header: a 406 page listing those that exist. */
public class NotAcceptableException extends RuntimeException {
    private final transient ResourceRef ref;

    public NotAcceptableException(ResourceRef ref) {
        super(ref.iri());
        this.ref = ref;
    }

    public ResourceRef ref() {
        return ref;
    }
}
