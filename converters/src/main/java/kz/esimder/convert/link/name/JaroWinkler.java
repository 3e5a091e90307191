package kz.esimder.convert.link.name;

/** Jaro-Winkler similarity (0 … 1) of two skeletons: tolerant of a changed or moved letter. */
public final class JaroWinkler {
    private JaroWinkler() {}

    public static double similarity(String a, String b) {
        if (a.equals(b)) return a.isEmpty() ? 0 : 1;
        if (a.isEmpty() || b.isEmpty()) return 0;
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] matchedA = new boolean[a.length()];
        boolean[] matchedB = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = Math.max(0, i - window); j <= Math.min(b.length() - 1, i + window); j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) return 0;
        int transpositions = 0;
        for (int i = 0, j = 0; i < a.length(); i++) {
            if (!matchedA[i]) continue;
            while (!matchedB[j]) j++;
            if (a.charAt(i) != b.charAt(j)) transpositions++;
            j++;
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
