package kz.esimder.convert.normalise;

import java.util.List;
import java.util.Objects;

/**
 * A place text taken apart.
 *
 * @param text       the place as written
 * @param components its parts, in text order
 * @param place      the most specific part the gazetteer knows, or null (the text stays)
 */
public record PlaceName(String text, List<PlaceComponent> components, String place) {

    public PlaceName {
        Objects.requireNonNull(text, "text");
        components = List.copyOf(components);
    }
}
