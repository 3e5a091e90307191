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

    private LabelPicker() {}

    public static String pick(Collection<Literal> labels, Locale locale) {
        if (labels.isEmpty()) {
            return null;
        }
        String wanted = locale.getLanguage();
        Literal best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Literal l : labels) {
            int rank = rank(l.getLanguage(), wanted);
            if (rank < bestRank || (rank == bestRank && l.getLexicalForm().compareTo(best.getLexicalForm()) < 0)) {
                best = l;
                bestRank = rank;
            }
        }
        return best.getLexicalForm();
    }

    /** Position in the fallback order; script variants (kk-Latn) after every plain tag; others last. */
    private static int rank(String lang, String wanted) {
        List<String> order = java.util.stream.Stream.concat(java.util.stream.Stream.of(wanted), FALLBACK.stream())
                .distinct().toList();
        String tag = lang.toLowerCase(Locale.ROOT);
        int exact = order.indexOf(tag);
        if (exact >= 0) {
            return exact;
        }
        int primary = order.indexOf(tag.split("-", 2)[0]);
        return primary >= 0 ? 10 + primary : 20;
    }
}
