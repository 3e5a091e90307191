package kz.esimder.convert.normalise;

import java.util.List;

/**
 * Names as lists write them: «АГЕЕВ Василий Иванович», «Агеев Василий Иванович», «Абланов Садык»,
 * «Байтұрсынұлы Ахмет», «ТОНИН (САРСЕНЕВ) Халил Букончинович» (variant Сарсенев),
 * «Мамыров-Мамырбаев Маулетхан Хаирбекович». Surname first, as in every sample. Thread-safe.
 */
public final class NameNormaliser {

    /** A whole name in one text (FULL_NAME). */
    public Parsed<PersonName> parse(String fullName) {
        throw new UnsupportedOperationException("in progress");
    }

    /**
     * A name already split into columns (SURNAME, GIVEN_NAME, PATRONYMIC; any may be null). The
     * surname column may still hold an alias or a double surname.
     */
    public Parsed<PersonName> parseParts(String surname, String givenName, String patronymic) {
        throw new UnsupportedOperationException("in progress");
    }

    /** The spellings in a «(варианты фамилии: Абланов; Абланов)» line or a NAME_VARIANTS value, title case. */
    public List<String> parseVariants(String text) {
        throw new UnsupportedOperationException("in progress");
    }
}
