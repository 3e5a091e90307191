package kz.esimder.convert.read;

import java.util.HashMap;
import java.util.Map;

/**
 * Guesses a table's delimiter from its first lines: the candidate (comma, semicolon, tab) that
 * splits the most lines into the same number of cells. Russian Excel writes «;», most exports «,».
 */
final class DelimiterSniffer {

    private static final char[] CANDIDATES = {',', ';', '\t'};
    private static final int LINES = 30;

    private DelimiterSniffer() {}

    static char sniff(String sample) {
        String[] lines = sample.split("\r\n|\r|\n", LINES + 1);
        char best = ',';
        long bestScore = -1;
        for (char candidate : CANDIDATES) {
            Map<Integer, Integer> byCount = new HashMap<>();
            int limit = Math.min(lines.length, LINES);
            for (int i = 0; i < limit; i++) {
                int count = countOutsideQuotes(lines[i], candidate);
                if (count > 0) {
                    byCount.merge(count, 1, Integer::sum);
                }
            }
            // lines agreeing on one width, then wider tables, win
            long score = byCount.entrySet().stream()
                    .mapToLong(e -> e.getValue() * 1000L + e.getKey())
                    .max().orElse(0);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }
}
