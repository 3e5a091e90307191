package kz.esimder.convert.link.dedup;

import java.util.Arrays;

/**
 * The possible matches worth an editor's time: for each person, its {@code perPerson} best
 * (highest score; on a tie, the partner with the smaller index). A pair is listed when it is
 * among the best of either of its persons. Without this, a name borne by k people (common in
 * Soviet lists, and in generated data) gives about k²/2 possible matches of namesakes born years
 * apart: a queue nobody can read, growing with the square of the data.
 *
 * <p>Held in flat arrays (a score and a partner per slot), so a million persons cost a few tens of
 * megabytes whatever the number of pairs offered.
 */
final class BestPossibleMatches {
    private final int perPerson;
    private final float[] scores;
    private final int[] partners;
    private final int[] counts;
    private long offered;

    BestPossibleMatches(int persons, int perPerson) {
        if (perPerson < 1) throw new IllegalArgumentException("perPerson must be at least 1: " + perPerson);
        this.perPerson = perPerson;
        long slots = (long) persons * perPerson;
        if (slots > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many slots for " + persons + " persons at " + perPerson + " each");
        }
        scores = new float[(int) slots];
        partners = new int[(int) slots];
        counts = new int[persons];
    }

    /** A pair scoring between the thresholds. */
    void offer(int a, int b, double score) {
        offered++;
        keep(a, b, (float) score);
        keep(b, a, (float) score);
    }

    /** How many pairs were offered (each once). */
    long offered() {
        return offered;
    }

    /** Each pair listed, once, as {@code min * persons + max}, in ascending order. */
    long[] pairs() {
        int persons = counts.length;
        long[] out = new long[Math.toIntExact(Arrays.stream(counts).asLongStream().sum())];
        int n = 0;
        for (int p = 0; p < persons; p++) {
            for (int s = p * perPerson; s < p * perPerson + counts[p]; s++) {
                int q = partners[s];
                out[n++] = (long) Math.min(p, q) * persons + Math.max(p, q);
            }
        }
        Arrays.sort(out);
        return Arrays.stream(out).distinct().toArray();
    }

    /** Keeps (score, partner) among the person's best, replacing its worst when full. */
    private void keep(int person, int partner, float score) {
        int base = person * perPerson;
        int count = counts[person];
        if (count < perPerson) {
            scores[base + count] = score;
            partners[base + count] = partner;
            counts[person] = count + 1;
            return;
        }
        int worst = base;
        for (int s = base + 1; s < base + perPerson; s++) {
            if (better(scores[worst], partners[worst], scores[s], partners[s])) worst = s;
        }
        if (better(score, partner, scores[worst], partners[worst])) {
            scores[worst] = score;
            partners[worst] = partner;
        }
    }

    /** Whether (x, xPartner) ranks above (y, yPartner): higher score, then smaller partner. */
    private static boolean better(float x, int xPartner, float y, int yPartner) {
        return x > y || x == y && xPartner < yPartner;
    }
}
