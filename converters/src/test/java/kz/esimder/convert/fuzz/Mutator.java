package kz.esimder.convert.fuzz;

import java.util.Random;

/**
 * Seeded mutations of source text, the kind archives and their scanners actually produce and a few
 * they should not: characters dropped, doubled or swapped, separators and quotes where they do not
 * belong, digits for letters, markup and SPARQL, control characters, lone surrogates, very long runs.
 * The same seed gives the same mutation, so a failing input is reproduced from its seed alone.
 */
final class Mutator {
    private static final String[] INSERTS = {
        ",", ";", "\t", "\"", "\"\"", "'", "\n", "\r\n", "\r", " ", "  ", "-", ".", "(", ")", "[", "]", "{", "}",
        "0", "9", "1937", "31.02.1937", "00.00.0000", "99.99.9999", "1800", "2999", "-1", "1e9", "99999999999999999999",
        "ст.", "58-", "58-1а-2-8-9-11", "ВМН", "10 лет", "лет", "г.", "обл.", "р-н", "ИТЛ", "НКВД", "ОСО", "реабилитирован",
        "Родился в", "Арестован", "Приговор:", "---", "\u0000", "\u0007", "\u00A0", "\u200B", "\u0301", "\uFEFF", "\uD800",
        "\uDC00", "\uD83D\uDE00", "ё", "ә", "қ", "ү", "Ӏ", "İ", "ß", "<script>alert(1)</script>", "\"} ; DROP ALL #",
        "<", ">", "&", "\\", "\\u0000", "%s", "${x}", "{\"a\":", "]", "null", "true", "=", "+", "@",
    };

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** One to four mutations of the text. */
    String mutate(String text) {
        StringBuilder s = new StringBuilder(text);
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            mutateOnce(s);
        }
        return s.toString();
    }

    /** One to four mutations of raw bytes: flipped bits, dropped or repeated bytes, a truncated end. */
    byte[] mutate(byte[] bytes) {
        byte[] b = bytes.clone();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n && b.length > 0; i++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(4)) {
                case 0 -> b[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> b[at] = (byte) random.nextInt(256);
                case 2 -> b = java.util.Arrays.copyOf(b, at);
                default -> {
                    byte[] longer = new byte[b.length + 1];
                    System.arraycopy(b, 0, longer, 0, at);
                    longer[at] = b[at];
                    System.arraycopy(b, at, longer, at + 1, b.length - at);
                    b = longer;
                }
            }
        }
        return b;
    }

    private void mutateOnce(StringBuilder s) {
        int len = s.length();
        int at = len == 0 ? 0 : random.nextInt(len + 1);
        switch (random.nextInt(9)) {
            case 0 -> s.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
            case 1 -> {
                if (len > 0) s.delete(at, Math.min(len, at + 1 + random.nextInt(12)));
            }
            case 2 -> {
                int end = Math.min(len, at + 1 + random.nextInt(40));
                s.insert(at, s.substring(at, end));
            }
            case 3 -> {
                if (len > 1 && at < len - 1) {
                    char c = s.charAt(at);
                    s.setCharAt(at, s.charAt(at + 1));
                    s.setCharAt(at + 1, c);
                }
            }
            case 4 -> {
                if (at < len) s.setCharAt(at, (char) ('0' + random.nextInt(10)));
            }
            case 5 -> {
                if (at < len) s.setCharAt(at, Character.isUpperCase(s.charAt(at))
                        ? Character.toLowerCase(s.charAt(at)) : Character.toUpperCase(s.charAt(at)));
            }
            case 6 -> s.insert(at, String.valueOf(INSERTS[random.nextInt(INSERTS.length)]).repeat(1 + random.nextInt(300)));
            case 7 -> s.insert(at, (char) random.nextInt(0x3000));
            default -> {
                if (len > 0) s.setLength(at);
            }
        }
    }
}
