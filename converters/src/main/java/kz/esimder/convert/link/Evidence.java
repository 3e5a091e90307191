package kz.esimder.convert.link;

import java.util.List;
import java.util.Objects;

/**
 * Why a link was made: its score (0 … 1), the method that found it, the fields that agreed and
 * disagreed, and a readable explanation. Written onto the link's {@code esm:Match}.
 */
public record Evidence(double score, String method, List<String> agreed, List<String> disagreed, String explanation) {
    public Evidence {
        if (!(score >= 0 && score <= 1)) throw new IllegalArgumentException("score must be 0 … 1: " + score);
        Objects.requireNonNull(method, "method");
        agreed = List.copyOf(agreed);
        disagreed = List.copyOf(disagreed);
        Objects.requireNonNull(explanation, "explanation");
    }
}
