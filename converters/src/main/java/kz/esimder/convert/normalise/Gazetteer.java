package kz.esimder.convert.normalise;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Place names → place (or camp) concept local names. The pipeline fills one from the ontology's
 * {@code place} and {@code camp} vocabularies (every prefLabel and altLabel); tests build small ones.
 */
public interface Gazetteer {

    /** The local name of the place this label names, compared by {@link #key(String)}. */
    Optional<String> lookup(String label);

    /** A gazetteer that knows nothing: every place stays text. */
    static Gazetteer empty() {
        return label -> Optional.empty();
    }

    /**
     * A gazetteer over label → local name pairs. Labels are compared by {@link #key(String)}; a
     * label given for two different places is ambiguous and is dropped, so that it never resolves.
     */
    static Gazetteer of(Map<String, String> labels) {
        Map<String, String> byKey = new HashMap<>();
        Map<String, Boolean> ambiguous = new HashMap<>();
        labels.forEach((label, local) -> {
            String k = key(label);
            String before = byKey.putIfAbsent(k, local);
            if (before != null && !before.equals(local)) {
                ambiguous.put(k, true);
            }
        });
        ambiguous.keySet().forEach(byKey::remove);
        return label -> Optional.ofNullable(byKey.get(key(label)));
    }

    /** The comparison key: lower case, ё → е, spaces and dashes collapsed, dots and commas dropped. */
    static String key(String label) {
        return GazetteerKey.of(label);
    }
}
