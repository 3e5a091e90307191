package kz.esimder.convert.link.name;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name as the matcher sees it: the core words (surnames, aliases and given names, in no trusted
 * order — a note may put an alias where the given name should be) and the Russian patronymic, if
 * any. Kazakh patronymic forms (-ұлы, -қызы) are core words: they stand in for a surname.
 *
 * @param core       stems of the core words ({@link NameSkeleton#stem}), in the order met, no duplicates
 * @param patronymic skeleton of the Russian patronymic, or null
 */
public record NameParts(List<String> core, String patronymic) {

    public NameParts {
        core = List.copyOf(core);
    }

    /** Takes apart a full name as written: «ТОНИН (САРСЕНЕВ) Халил Букончинович», «Jansügirov Ilias». */
    public static NameParts parse(String fullName) {
        return of(words(fullName), null);
    }

    /** From parsed parts (any may be null); the variants are other spellings of the surname. */
    public static NameParts of(String surname, String givenName, String patronymic, Collection<String> variants) {
        List<String> words = new ArrayList<>();
        if ((surname == null || surname.isBlank()) && patronymic != null
                && NameSkeleton.isKazakhPatronymic(NameSkeleton.of(patronymic))) {
            // «Байтұрсынұлы Ахмет»: the Kazakh patronymic form is the surname.
            surname = patronymic;
            patronymic = null;
        }
        if (surname != null) words.addAll(words(surname));
        if (variants != null) variants.forEach(v -> words.addAll(words(v)));
        if (givenName != null) words.addAll(words(givenName));
        return of(words, patronymic == null ? null : String.join(" ", words(patronymic)));
    }

    private static NameParts of(List<String> words, String patronymic) {
        Set<String> core = new LinkedHashSet<>();
        String patronymicSkeleton = patronymic == null || patronymic.isBlank() ? null : NameSkeleton.of(patronymic);
        for (String w : words) {
            String skeleton = NameSkeleton.of(w);
            if (skeleton.isEmpty()) continue;
            if (patronymicSkeleton == null && NameSkeleton.isRussianPatronymic(skeleton)) {
                patronymicSkeleton = skeleton;
            } else if (!skeleton.equals(patronymicSkeleton)) {
                core.add(NameSkeleton.stripEnding(skeleton));
            }
        }
        return new NameParts(new ArrayList<>(core), patronymicSkeleton);
    }

    /** What separates words (compiled once: String.split would compile it for every name). */
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{M}'ʹʼ’]+");

    /** The words of a name: brackets, hyphens, commas and dots separate words. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : WORD_BREAK.split(text)) {
            if (!w.isBlank()) out.add(w);
        }
        return out;
    }

    public boolean isEmpty() { return core.isEmpty(); }
}
