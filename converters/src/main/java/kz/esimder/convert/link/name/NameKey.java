package kz.esimder.convert.link.name;

import java.util.Collection;
import java.util.TreeSet;

/**
 * The name key: what search and deduplication compare names by. Every core word of a name (surname,
 * aliases, given names; not a Russian patronymic, which one source gives and another omits) becomes
 * its consonant skeleton with the surname ending removed; the key is those word keys, sorted,
 * distinct, space-separated. «Жансүгіров Ілияс», «Джансугуров Ильяс», «Jansügirov Ilias» and
 * «Dzhansugurov Il'yas» all give {@code "ils jnsgr"}.
 *
 * <p>A pure function with no start-up cost: the site calls {@link #of(String)} on the query and
 * matches it word by word against the indexed {@code esm:nameKey} values (a person matches when
 * every word key of the query is among its own).
 */
public final class NameKey {
    private NameKey() {}

    /** The key of a full name as written, in any script. Empty for a name with no letters. */
    public static String of(String fullName) {
        return join(NameParts.parse(fullName).core());
    }

    /** The key of parsed name parts (any may be null); the variants are other spellings of the surname. */
    public static String of(String surname, String givenName, String patronymic, Collection<String> variants) {
        return join(NameParts.of(surname, givenName, patronymic, variants).core());
    }

    /**
     * The search rule: a person whose indexed key is {@code indexedKey} answers a query whose key is
     * {@code queryKey} when every word key of the query is among the person's. An empty query matches nothing.
     */
    public static boolean matches(String queryKey, String indexedKey) {
        if (queryKey.isBlank()) return false;
        java.util.Set<String> words = java.util.Set.of(indexedKey.split(" "));
        for (String w : queryKey.split(" ")) {
            if (!words.contains(w)) return false;
        }
        return true;
    }

    /** The key of one word. */
    public static String word(String word) {
        return NameSkeleton.consonants(NameSkeleton.stem(word));
    }

    static String join(Collection<String> stems) {
        TreeSet<String> keys = new TreeSet<>();
        for (String stem : stems) {
            String k = NameSkeleton.consonants(stem);
            if (!k.isEmpty()) keys.add(k);
        }
        return String.join(" ", keys);
    }
}
