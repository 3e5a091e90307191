package kz.esimder.site.conneg;

import java.util.ArrayList;
import java.util.List;
import kz.esimder.site.data.ResourceRef;

/** The {@code Link} header naming every document about a resource, each with its media type. */
public final class Alternates {
    private Alternates() {}

    public static String linkHeader(ResourceRef ref) {
        List<String> links = new ArrayList<>();
        links.add("<" + ref.pagePath() + ">; rel=\"alternate\"; type=\"text/html\"");
        for (RdfFormat f : RdfFormat.values()) {
            links.add("<" + ref.dataPath(f.extension()) + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"");
        }
        return String.join(", ", links);
    }
}
