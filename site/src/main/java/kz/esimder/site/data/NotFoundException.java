package kz.esimder.site.data;

/** Nothing is known about this IRI or path: a 404 page in the user's language. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what);
    }
}
