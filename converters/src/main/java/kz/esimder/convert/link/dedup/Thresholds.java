package kz.esimder.convert.link.dedup;

/**
 * Where a pair's score becomes a merge, or a possible match for an editor.
 *
 * @param merge    at or above: one person ({@code owl:sameAs})
 * @param possible at or above (and below {@code merge}): an {@code esm:PossibleMatch}
 */
public record Thresholds(double merge, double possible) {
    /** Chosen on the labelled pairs (docs/linking.md). */
    public static final Thresholds DEFAULT = new Thresholds(0.90, 0.75);

    public Thresholds {
        if (!(possible > 0 && possible <= merge && merge <= 1)) {
            throw new IllegalArgumentException("need 0 < possible <= merge <= 1: possible=" + possible + ", merge=" + merge);
        }
    }
}
