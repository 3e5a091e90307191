package kz.esimder.convert.link.dedup;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import kz.esimder.convert.link.name.NameSkeleton;

/** Blocking: two persons are compared only when a consonant key of their surnames (or aliases) is shared. */
final class BlockKeys {
    private BlockKeys() {}

    /** @param stems surname stems ({@link NameSkeleton#stem}) */
    static Set<String> of(Collection<String> stems) {
        Set<String> keys = new TreeSet<>();
        for (String stem : stems) {
            String key = NameSkeleton.consonants(stem);
            if (!key.isEmpty()) keys.add(key);
        }
        return keys;
    }
}
