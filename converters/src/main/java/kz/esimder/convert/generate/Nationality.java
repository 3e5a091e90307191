package kz.esimder.convert.generate;

/** Russian name morphology the generator needs: feminine surnames and patronymics. */
final class Nationality {
    private Nationality() {}

    /** «Агеев» → «Агеева», «Ковальский» → «Ковальская»; names that do not decline stay («Ким», «Шевченко»). */
    static String feminine(String surname) {
        if (surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ин") || surname.endsWith("ын")) {
            return surname + "а";
        }
        if (surname.endsWith("ский")) {
            return surname.substring(0, surname.length() - 2) + "ая";
        }
        return surname;
    }

    /** A patronymic from the father's given name: «Иван» → «Иванович» / «Ивановна». */
    static String patronymic(String father, boolean female) {
        String stem = father;
        if (stem.endsWith("й")) {
            stem = stem.substring(0, stem.length() - 1) + "е";
            return stem + (female ? "вна" : "вич");
        }
        if (stem.endsWith("а") || stem.endsWith("я")) {
            stem = stem.substring(0, stem.length() - 1);
            return stem + (female ? "ична" : "ич");
        }
        return stem + (female ? "овна" : "ович");
    }

    /** The Kazakh form: «Ахмет» → «Ахметұлы» / «Ахметқызы». */
    static String turkicPatronymic(String father, boolean female) {
        return father + (female ? "қызы" : "ұлы");
    }
}
