package kz.esimder.site.conneg;

import java.util.ArrayList;
import java.util.List;
import kz.esimder.site.data.ResourceRef;

/** The {@code Link} header naming every document about a resource, each with its media type. */
public final class Alternates {
    private Alternates() {}

    /** One document about the resource: its path and media type. */
    public record Alternate(String path, String mediaType) {}

    public static List<Alternate> of(ResourceRef ref) {
        List<Alternate> all = new ArrayList<>();
        all.add(new Alternate(ref.pagePath(), "text/html"));
        for (RdfFormat f : RdfFormat.values()) {
            all.add(new Alternate(ref.dataPath(f.extension()), f.mediaType()));
        }
        return all;
    }

    public static String linkHeader(ResourceRef ref) {
        return linkHeader(of(ref));
    }

    public static String linkHeader(List<Alternate> alternates) {
        return String.join(", ", alternates.stream()
                .map(a -> "<" + a.path() + ">; rel=\"alternate\"; type=\"" + a.mediaType() + "\"").toList());
    }
}
