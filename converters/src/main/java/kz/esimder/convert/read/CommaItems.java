package kz.esimder.convert.read;

import java.util.ArrayList;
import java.util.List;

/** Splits a run of comma-separated facts, leaving commas inside brackets and quotes alone. */
final class CommaItems {

    private CommaItems() {}

    static List<String> split(String text) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '(', '[' -> depth++;
                case ')', ']' -> depth = Math.max(0, depth - 1);
                case '"', '«', '»', '“', '”' -> quoted = c == '"' ? !quoted : c == '«' || c == '“';
                case ',' -> {
                    if (depth == 0 && !quoted) {
                        items.add(text.substring(start, i));
                        start = i + 1;
                    }
                }
                default -> { }
            }
        }
        items.add(text.substring(start));
        return items;
    }
}
