package kz.esimder.convert.normalise;

import java.util.Objects;

/**
 * One comma- or dot-separated part of a place text.
 *
 * @param level     what it names
 * @param name      the name without its abbreviation («Карагандинская» from «Карагандинская обл.»,
 *                  «Дербышки» from «с. Дербышки», «7» from «аул 7»)
 * @param asWritten the part as written
 * @param place     the gazetteer's local name for it, or null
 */
public record PlaceComponent(PlaceLevel level, String name, String asWritten, String place) {

    public PlaceComponent {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(asWritten, "asWritten");
    }
}
