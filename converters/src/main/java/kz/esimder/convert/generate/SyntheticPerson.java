package kz.esimder.convert.generate;

/**
 * One generated person, as a card file would hold it: every value is text as a list would write
 * it (dates as {@code dd.MM.yyyy}), null when the card leaves it empty.
 */
record SyntheticPerson(
        long id, boolean female, String surname, String givenName, String patronymic,
        String birthYear, String birthPlace, String nationality, String education, String party,
        String occupation, String residence, String arrestDate, String arrestedBy, String charges,
        String sentencedBy, String sentenceDate, String sentence, String executionDate,
        String rehabilitationDate, String rehabilitatedBy, String rehabilitationBasis,
        String source, String archiveReference) {

    /** The columns of a tabular export, in order, with the Russian headers the readers recognise. */
    static final String[] HEADERS = {"Фамилия", "Имя", "Отчество", "Год рождения", "Место рождения",
        "Национальность", "Образование", "Партийность", "Место работы, должность", "Место жительства",
        "Дата ареста", "Кем арестован", "Статья", "Кем осужден", "Дата приговора", "Приговор", "Дата расстрела",
        "Дата реабилитации", "Кем реабилитирован", "Основание реабилитации", "Источник", "Архивный шифр"};

    /** The JSON Lines keys, in the same order as {@link #HEADERS}. */
    static final String[] KEYS = {"surname", "given_name", "patronymic", "birth_year", "birth_place",
        "nationality", "education", "party", "occupation", "residence", "arrest_date", "arrested_by", "charges",
        "sentenced_by", "sentence_date", "sentence", "execution_date", "rehabilitation_date", "rehabilitated_by",
        "rehabilitation_basis", "source", "archive_ref"};

    /** The values in the order of {@link #HEADERS}. */
    String[] values() {
        return new String[] {surname, givenName, patronymic, birthYear, birthPlace, nationality, education, party,
            occupation, residence, arrestDate, arrestedBy, charges, sentencedBy, sentenceDate, sentence,
            executionDate, rehabilitationDate, rehabilitatedBy, rehabilitationBasis, source, archiveReference};
    }
}
