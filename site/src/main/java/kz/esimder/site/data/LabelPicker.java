package kz.esimder.site.data;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.jena.rdf.model.Literal;

/**
 * Chooses one label among several, by language. The fallback order, stated once here and in
 * docs/site.md: the requested language, then Russian, then Kazakh, then English, then a label
 * without a language tag, then any other.
 */
public final class LabelPicker {
    private static final List<String> FALLBACK = List.of("ru", "kk", "en", "");
    /** The fallback order for each of the site's languages, made once: labels are picked on every page. */
    private static final java.util.Map<String, List<String>> ORDERS = java.util.Map.of("kk", order("kk"), "ru", order("ru"),
            "en", order("en"));

    private LabelPicker() {}

    public static String pick(Collection<Literal> labels, Locale locale) {
        if (labels.isEmpty()) {
            return null;
        }
        List<String> order = ORDERS.get(locale.getLanguage());
        if (order == null) {
            order = order(locale.getLanguage());
        }
        Literal best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Literal l : labels) {
            int rank = rank(l.getLanguage(), order);
            if (rank < bestRank || (rank == bestRank && l.getLexicalForm().compareTo(best.getLexicalForm()) < 0)) {
                best = l;
                bestRank = rank;
            }
        }
        return best.getLexicalForm();
    }

    /** The requested language, then the fallback order. */
    private static List<String> order(String wanted) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(wanted), FALLBACK.stream()).distinct().toList();
    }

    /** Position in the fallback order; script variants (kk-Latn) after every plain tag; others last. */
    private static int rank(String lang, List<String> order) {
        String tag = lang.toLowerCase(Locale.ROOT);
        int exact = order.indexOf(tag);
        if (exact >= 0) {
            return exact;
        }
        int primary = order.indexOf(tag.split("-", 2)[0]);
        return primary >= 0 ? 10 + primary : 20;
    }
}
