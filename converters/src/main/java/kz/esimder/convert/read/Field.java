package kz.esimder.convert.read;

/**
 * The canonical fields every reader produces, whatever the source's own headers or labels were.
 * A CSV column «Фамилия» / «Тегі» / {@code surname} and nothing else becomes {@link #SURNAME}; a
 * memory-book line «Приговорена: ОСО при НКВД СССР 16 марта 1938 г., обв.: как ЧСИР.» becomes
 * {@link #SENTENCED_BY}, {@link #SENTENCE_DATE} and {@link #CHARGES}. Values stay as written: the
 * normalisers interpret them later.
 */
public enum Field {
    /** The whole name as written, when the source does not split it. */
    FULL_NAME,
    SURNAME,
    GIVEN_NAME,
    PATRONYMIC,
    /** «(варианты фамилии: …)» and other spellings. */
    NAME_VARIANTS,
    /** «Родился»/«Родилась», «Арестован»/«Арестована»: male or female, as text («м», «ж»). */
    GENDER,
    BIRTH_DATE,
    BIRTH_PLACE,
    NATIONALITY,
    EDUCATION,
    PARTY,
    OCCUPATION,
    RESIDENCE,
    ARREST_DATE,
    ARRESTED_BY,
    CHARGES,
    SENTENCED_BY,
    SENTENCE_DATE,
    /** The sentence imposed: «ВМН», «к 8 годам ИТЛ», «3 года ссылки в Казахстан». */
    SENTENCE,
    EXECUTION_DATE,
    /** Where the execution took place, when the record says: «Расстрелян 25.02.1938, г.Алма-Ата». */
    EXECUTION_PLACE,
    DEATH_DATE,
    DEATH_PLACE,
    BURIAL_PLACE,
    /** Camp arrivals, transfers and releases as written: «Прибыла в Карлаг 03.11.1940. Освобождена 21.11.1945». */
    CAMP_MOVEMENTS,
    RELEASE_DATE,
    /** A whole rehabilitation statement when not split: «Реабилитирован 19 марта 1990 г. Верховный суд КазССР …». */
    REHABILITATION,
    REHABILITATION_DATE,
    REHABILITATED_BY,
    REHABILITATION_BASIS,
    /** A relative named in the record: «в составе семьи мужа - Гришина Алексея Алексеевича». */
    FAMILY,
    /** The source named inside the record: «Книга памяти Алма-Атинской обл.», «Сведения ДКНБ РК». */
    SOURCE_NAME,
    ARCHIVE_REFERENCE,
    /** The source's own identifier for the record. */
    SOURCE_ID,
    /** A link to the record online. */
    LINK,
    /** Memory-book text still to be split into the fields above (a BIO column). */
    MEMORY_BOOK_TEXT,
    /** Anything the reader could not place: kept verbatim, reported as unparsed. */
    OTHER
}
