package kz.esimder.convert.normalise;

import java.util.Objects;

/**
 * A nationality recognised in a text.
 *
 * @param localName the local name in {@code vocab/nationality/}: kazakh, russian, ukrainian, …
 * @param gender    the gender the word implies («казашка» → female), or null («евреи», «казах» is
 *                  male but lists also use the masculine for groups, so only feminine forms count)
 */
public record Nationality(String localName, Gender gender) {

    public Nationality {
        Objects.requireNonNull(localName, "localName");
    }
}
