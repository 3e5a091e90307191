package kz.esimder.convert.normalise;

import java.util.Objects;

/**
 * One charge: an article point or a ground.
 *
 * @param localName the concept's local name in {@code vocab/charge/}: ASCII, {@code 58-1a},
 *                  {@code 58-10}, {@code 59-3}, {@code 19-58-8}, {@code chsir}, {@code soe},
 *                  {@code kro}, {@code kulak}, {@code code-162} …
 * @param notation  the code as people know it, Cyrillic letters kept: {@code 58-1а}, {@code ЧСИР}
 */
public record Charge(String localName, String notation) {

    public Charge {
        Objects.requireNonNull(localName, "localName");
        Objects.requireNonNull(notation, "notation");
    }
}
