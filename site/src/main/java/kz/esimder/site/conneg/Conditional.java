package kz.esimder.site.conneg;

import kz.esimder.site.data.RdfStore;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * ETag and Last-Modified for everything read from the store: both change when the data changes
 * (the store's version), so a conditional request is answered 304 before any query runs.
 */
@Component
public class Conditional {
    private final RdfStore store;

    public Conditional(RdfStore store) {
        this.store = store;
    }

    /** True when the client's copy is current (the response is then a 304); sets ETag and Last-Modified. */
    public boolean notModified(WebRequest request, String variant) {
        String etag = "W/\"" + store.version() + "-" + Integer.toHexString(variant.hashCode()) + "\"";
        return request.checkNotModified(etag, store.lastModified().toEpochMilli());
    }
}
