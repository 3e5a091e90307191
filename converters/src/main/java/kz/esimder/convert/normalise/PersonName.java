package kz.esimder.convert.normalise;

import java.util.List;
import java.util.Objects;

/**
 * A person's name taken apart. Parts are in title case («Агеев» from «АГЕЕВ»); a part the source
 * did not give is null. Kazakh patronymics (Байтұрсынұлы, Ахметқызы) are patronymics.
 *
 * @param asWritten  the name exactly as in the source
 * @param surname    the main surname, or null
 * @param givenName  the given name, or null
 * @param patronymic the patronymic (Russian -ович/-овна or Kazakh -ұлы/-қызы/-улы/-кызы), or null
 * @param variants   other spellings of the surname (aliases in brackets, the second half of a
 *                   hyphenated double surname, «варианты фамилии» lines), title case, no duplicates
 */
public record PersonName(String asWritten, String surname, String givenName, String patronymic,
                         List<String> variants) {

    public PersonName {
        Objects.requireNonNull(asWritten, "asWritten");
        variants = List.copyOf(variants);
    }

    /**
     * The display label: «Агеев Василий Иванович», the parts present, surname first; a Kazakh
     * patronymic standing in for the surname comes first too («Байтұрсынұлы Ахмет»).
     */
    public String label() {
        StringBuilder b = new StringBuilder();
        boolean kazakhFirst = surname == null && patronymic != null
                && patronymic.matches("(?iU).*(?:ұлы|қызы|улы|кызы|уулу)");
        String[] order = kazakhFirst ? new String[] {patronymic, givenName} : new String[] {surname, givenName, patronymic};
        for (String part : order) {
            if (part != null && !part.isBlank()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(part);
            }
        }
        return b.length() > 0 ? b.toString() : asWritten.strip();
    }
}
