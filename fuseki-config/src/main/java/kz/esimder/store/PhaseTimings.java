package kz.esimder.store;

import java.util.Locale;

/** Seconds per phase of a long run (a load, linking), for the operator and the benchmark: "restricted scan 9.8 s, bulk load 771.0 s, …". */
public final class PhaseTimings {
    private final StringBuilder text = new StringBuilder();
    private long since = System.nanoTime();

    /** Ends the phase running since the last lap. */
    public void lap(String phase) {
        long now = System.nanoTime();
        if (!text.isEmpty()) text.append(", ");
        text.append(String.format(Locale.ROOT, "%s %.1f s", phase, (now - since) / 1e9));
        since = now;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
