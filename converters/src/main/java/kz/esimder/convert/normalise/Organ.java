package kz.esimder.convert.normalise;

import java.util.Objects;

/**
 * An organ (a repressive body, court, prosecutor's office, …) recognised in a text.
 *
 * @param text       the organ as written
 * @param organ      the concept's local name in {@code vocab/organ/} ({@code nkvd-troika-karaganda},
 *                   {@code military-collegium}, …), or null when only the kind is known
 * @param kind       the local name in {@code vocab/organ-kind/}: troika, dvoika, special-board,
 *                   ogpu-collegium, military-collegium, military-tribunal, court, security-organ,
 *                   prosecutor, executive, other
 * @param regionText the region as written («по Карагандинской обл.», «в г. Алма-Ата»), or null
 * @param region     the region's local name in {@code vocab/place/} ({@code karaganda}), or null
 */
public record Organ(String text, String organ, String kind, String regionText, String region) {

    public Organ {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}
