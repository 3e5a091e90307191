package kz.esimder.convert.link.dedup;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import kz.esimder.convert.link.name.NameSkeleton;

/**
 * Blocking: two persons are compared only when they share a block key. A key is the consonant key
 * of a surname (or alias) and the initial of another word of the name: «jnds|*» for Джандосов
 * Уразалы (a vowel initial is «*», so Уразалы and Оразалы meet), «tn|h» and «tn|s» for ТОНИН
 * (САРСЕНЕВ) Халил. A name of one word gets «S|-», which meets every «S|…».
 */
public final class BlockKeys {
    private static final String VOWELS = "aeiou";
    static final String BARE = "|-";

    private BlockKeys() {}

    /**
     * @param surnames stems of the surname and its aliases
     * @param core     stems of all core words of the name (surnames included)
     */
    public static Set<String> of(Collection<String> surnames, Collection<String> core) {
        Set<String> keys = new TreeSet<>();
        for (String s : surnames) {
            String key = NameSkeleton.consonants(s);
            if (key.isEmpty()) continue;
            boolean other = false;
            for (String w : core) {
                if (w.equals(s) || NameSkeleton.consonants(w).equals(key) || w.isEmpty()) continue;
                keys.add(key + "|" + initial(w));
                other = true;
            }
            if (!other) keys.add(key + BARE);
        }
        return keys;
    }

    /** For a name whose word order is unknown («Ilyas Zhansugurov»): any word may be the surname. */
    public static Set<String> anyOrder(Collection<String> core) {
        return of(core, core);
    }

    /** Whether two persons' keys meet: one in common, or a bare «S|-» against any «S|…». */
    public static boolean meet(Set<String> a, Set<String> b) {
        for (String k : a) {
            if (b.contains(k)) return true;
            if (k.endsWith(BARE) && b.stream().anyMatch(x -> x.startsWith(surnamePart(k) + "|"))) return true;
        }
        for (String k : b) {
            if (k.endsWith(BARE) && a.stream().anyMatch(x -> x.startsWith(surnamePart(k) + "|"))) return true;
        }
        return false;
    }

    static String surnamePart(String key) {
        return key.substring(0, key.indexOf('|'));
    }

    private static char initial(String stem) {
        char c = stem.charAt(0);
        return VOWELS.indexOf(c) >= 0 ? '*' : c == 'q' ? 'w' : c;
    }
}
