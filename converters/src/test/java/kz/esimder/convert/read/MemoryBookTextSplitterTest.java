package kz.esimder.convert.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemoryBookTextSplitterTest {

    private final MemoryBookTextSplitter splitter = new MemoryBookTextSplitter();

    private List<String> pairs(String text) {
        return splitter.split(text).stream().map(v -> v.field() + "=" + v.text()).toList();
    }

    @Test
    void listsMemoRuEntryIsCutIntoFieldsInSourceOrder() {
        String entry = """
                Родилась в 1874 г., г. Казань, с. Дербышки; русская;
                монахиня..
                Проживала: г. Казань, с. Дербышки.
                Арестована  7 марта 1932 г.
                Приговорена: Особое совещание коллегии ОГПУ ТАССР 29 июля 1932 г., обв.: по ст. 58-10.
                Приговор: 3 года ссылки в Казахстан.
                Реабилитирована в июле 1998 г.""";
        assertThat(pairs(entry)).containsExactly(
                "GENDER=ж",
                "BIRTH_DATE=в 1874 г.",
                "BIRTH_PLACE=г. Казань, с. Дербышки",
                "NATIONALITY=русская",
                "OCCUPATION=монахиня..",
                "RESIDENCE=г. Казань, с. Дербышки.",
                "ARREST_DATE=7 марта 1932 г.",
                "SENTENCED_BY=Особое совещание коллегии ОГПУ ТАССР",
                "SENTENCE_DATE=29 июля 1932 г.",
                "CHARGES=по ст. 58-10.",
                "SENTENCE=3 года ссылки в Казахстан.",
                "REHABILITATION=Реабилитирована в июле 1998 г.");
    }

    @Test
    void valuesCarryTheLabelAsWritten() {
        List<RawRecord.Value> values = splitter.split("Арестован  5 января 1937 г. Балхашский НКВД.");
        assertThat(values).extracting(RawRecord.Value::label).containsOnly("Арестован");
        assertThat(values).extracting(v -> v.field() + "=" + v.text())
                .containsExactly("GENDER=м", "ARREST_DATE=5 января 1937 г.", "ARRESTED_BY=Балхашский НКВД.");
    }

    @Test
    void stalinNoteRunsFactsTogether() {
        String note = "Род. в 1900, Могилевская обл., Бельничинский р-н [Белыничский?], Бельничи, белорус, обр.: высшее."
                + " Проживал: Восточно-Казахстанская обл., Риддер. Начальник рудника \n"
                + "  Арестован 02.02.1937. Обв. по ст. 58-1а, 58-7, 58-8, 58-9, 58-11 УК РСФСР."
                + " Приговор: Верховный суд СССР, 03.10.1937 – ВМН. \n"
                + "  Реабилитирован Верховным судом СССР 17.10.1957 за отсутствием состава преступления";
        assertThat(pairs(note)).containsExactly(
                "BIRTH_DATE=в 1900",
                "BIRTH_PLACE=Могилевская обл., Бельничинский р-н [Белыничский?], Бельничи",
                "NATIONALITY=белорус",
                "EDUCATION=высшее.",
                "GENDER=м",
                "RESIDENCE=Восточно-Казахстанская обл., Риддер",
                "OCCUPATION=Начальник рудника",
                "ARREST_DATE=02.02.1937",
                "CHARGES=по ст. 58-1а, 58-7, 58-8, 58-9, 58-11 УК РСФСР.",
                "SENTENCED_BY=Верховный суд СССР",
                "SENTENCE_DATE=03.10.1937",
                "SENTENCE=ВМН",
                "REHABILITATION=Реабилитирован Верховным судом СССР 17.10.1957 за отсутствием состава преступления");
    }

    @Test
    void stalinNoteWithOrganBeforeArrestDateAndExecutionPlace() {
        assertThat(pairs("Арестован НКВД Каз.ССР. 11.07.1932. Приговор: выездная сессия ВК ВС СССР в г. Алма-Ата, 25.02.1938 – ВМН."
                + " Расстрелян 25.02.1938, г.Алма-Ата")).containsExactly(
                "GENDER=м",
                "ARRESTED_BY=НКВД Каз.ССР.",
                "ARREST_DATE=11.07.1932",
                "SENTENCED_BY=выездная сессия ВК ВС СССР в г. Алма-Ата",
                "SENTENCE_DATE=25.02.1938",
                "SENTENCE=ВМН",
                "EXECUTION_DATE=25.02.1938",
                "EXECUTION_PLACE=г.Алма-Ата");
    }

    @Test
    void mosMemoBioWithTheSourcesOwnTypo() {
        String bio = "род. 1898, Минская обл., Несвижский р-н, д. Цицковичи, белорус, б/п, зав. туберкулезным пунктом"
                + " г.Кокчетав Казахской ССР. Адрес: ул. Большая Андроньевская, д.21, кв. 48. Рассстрелян 09.05.1938."
                + " Место захоронения: Коммунарка.";
        assertThat(pairs(bio)).containsExactly(
                "BIRTH_DATE=1898",
                "BIRTH_PLACE=Минская обл., Несвижский р-н, д. Цицковичи",
                "NATIONALITY=белорус",
                "PARTY=б/п",
                "OCCUPATION=зав. туберкулезным пунктом г.Кокчетав Казахской ССР.",
                "RESIDENCE=ул. Большая Андроньевская, д.21, кв. 48.",
                "GENDER=м",
                "EXECUTION_DATE=09.05.1938",
                "BURIAL_PLACE=Коммунарка.");
    }

    @Test
    void sentenceIsSeparatedFromCampMovements() {
        assertThat(pairs("Приговор: к 8 годам ИТЛ. Прибыла в Карлаг 03.11.1940. Освобождена 21.11.1945"))
                .containsExactly("SENTENCE=к 8 годам ИТЛ.", "CAMP_MOVEMENTS=Прибыла в Карлаг 03.11.1940. Освобождена 21.11.1945");
        assertThat(pairs("Приговор: 5 лет л.с., прибыла в Сегежлаг 01.08.1939 из Темлага, убыла 01.08.1941 - в Карлаг"))
                .containsExactly("SENTENCE=5 лет л.с.",
                        "CAMP_MOVEMENTS=прибыла в Сегежлаг 01.08.1939 из Темлага, убыла 01.08.1941 - в Карлаг");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Приговорен: Тройка при УНКВД Иркутской обл. 11 февраля 1938 г., обв.: по ст. ст. 58-1 \"а\", 58-2 УК РСФСР.|Тройка при УНКВД Иркутской обл.|11 февраля 1938 г.|по ст. ст. 58-1 \"а\", 58-2 УК РСФСР.",
            "Приговорен: Павлодарский облсуд 22.09.1950, обв.: 58-10 УК РСФСР.|Павлодарский облсуд|22.09.1950|58-10 УК РСФСР.",
            "Приговорен: ОСО при НКВД СССР 09.07.40, обв.: как СОЭ.|ОСО при НКВД СССР|09.07.40|как СОЭ.",
            "Приговорен: Тройка НКВД в июле 1938 г., обв.: 58-10.|Тройка НКВД|в июле 1938 г.|58-10.",
            "Приговорен: Тройка НКВД октябрь 1937, обв.: 58-10.|Тройка НКВД|октябрь 1937|58-10.",
            "Приговорен: Тройка НКВД 1937 г., обв.: 58-10.|Тройка НКВД|1937 г.|58-10.",
            "Приговорен: НКВД үштігі 7 наурыз 1938 ж., обв.: 58-10.|НКВД үштігі|7 наурыз 1938 ж.|58-10.",
            "Приговорен: Тройка НКВД 31.02.1937, обв.: 58-10.|Тройка НКВД|31.02.1937|58-10.",
    })
    void organAndDateAreSplitWhateverTheDateForm(String line, String organ, String date, String charges) {
        assertThat(pairs(line)).containsExactly("GENDER=м", "SENTENCED_BY=" + organ, "SENTENCE_DATE=" + date, "CHARGES=" + charges);
    }

    @Test
    void sentencingWithoutOrganOrDate() {
        assertThat(pairs("Приговорена: , обв.: ЧСИР.")).containsExactly("GENDER=ж", "CHARGES=ЧСИР.");
        assertThat(pairs("Приговорена: в 1930 г., обв.: постановление ЦИК и СНК СССР от 01.02.1930."))
                .containsExactly("GENDER=ж", "SENTENCE_DATE=в 1930 г.", "CHARGES=постановление ЦИК и СНК СССР от 01.02.1930.");
    }

    @Test
    void impossibleDateStaysAsWritten() {
        assertThat(pairs("Арестован 31.02.1937 УНКВД по ЮКО.")).contains("ARREST_DATE=31.02.1937", "ARRESTED_BY=УНКВД по ЮКО.");
    }

    @Test
    void familyNamedInTheSentenceIsAlsoGivenAsFamily() {
        assertThat(pairs("Приговор: в составе семьи мужа - Гришина Алексея Алексеевича, как имевшего кулацкое хозяйство, выселена."))
                .contains("FAMILY=в составе семьи мужа - Гришина Алексея Алексеевича")
                .anyMatch(p -> p.startsWith("SENTENCE=в составе семьи мужа"));
        assertThat(pairs("Жена - Иванова Мария Петровна")).containsExactly("FAMILY=Жена - Иванова Мария Петровна");
    }

    @Test
    void nameLineVariantsExecutionBurialAndSource() {
        String entry = """
                АГЕЕВ Василий Иванович
                (варианты фамилии: Агеяв)
                Родился в 1900 г.; белорус;
                Расстрелян 15 февраля 1938 г.
                Место захоронения - г. Иркутск.
                Источник: Книга памяти Иркутской обл.""";
        assertThat(pairs(entry)).containsExactly(
                "FULL_NAME=АГЕЕВ Василий Иванович",
                "NAME_VARIANTS=(варианты фамилии: Агеяв)",
                "GENDER=м",
                "BIRTH_DATE=в 1900 г.",
                "NATIONALITY=белорус",
                "EXECUTION_DATE=15 февраля 1938 г.",
                "BURIAL_PLACE=г. Иркутск.",
                "SOURCE_NAME=Книга памяти Иркутской обл.");
    }

    @Test
    void abbreviatedLabelsAndSemicolonItems() {
        assertThat(pairs("Род. в 1906 г., Иран, Табас.; персы;  неграмотный;\nПрож.: Южно-Казахстанская обл.\n"
                + "Арест.  26 августа 1938 г. Махтааральский РО НКВД.\nРеабил. 25 августа 1989 г. Военная прокуратура ТуркВО."))
                .containsExactly(
                        "BIRTH_DATE=в 1906 г.", "BIRTH_PLACE=Иран, Табас.", "NATIONALITY=персы", "EDUCATION=неграмотный",
                        "RESIDENCE=Южно-Казахстанская обл.", "ARREST_DATE=26 августа 1938 г.",
                        "ARRESTED_BY=Махтааральский РО НКВД.", "REHABILITATION=Реабил. 25 августа 1989 г. Военная прокуратура ТуркВО.");
    }

    @Test
    void unlabelledTextAfterTheEventsIsKeptAsOther() {
        assertThat(pairs("Арестован 1937 г.\n2.8.42 взята подписка о невыезде"))
                .containsExactly("GENDER=м", "ARREST_DATE=1937 г.", "OTHER=2.8.42 взята подписка о невыезде");
    }

    @Test
    void everyWordOfTheInputSurvivesSomewhere() {
        String entry = "Родился в 1896 г., Латвийская ССР, Рига.; евреи;  образование среднее;\nПрибалхашстрой..\n"
                + "Арестован  5 января 1937 г. Балхашский НКВД.\nПриговорен: Верховный суд СССР 25 февраля 1938 г., обв.: 58-10, 58-11 УК РСФСР..\n"
                + "Приговор: ВМН\nРеабилитирован 9 июля 1957 г. Военная коллегия Верховного Суда СССР. за отсутствием состава преступления";
        String all = String.join(" ", splitter.split(entry).stream().map(v -> v.label() + " " + v.text()).toList());
        for (String word : entry.split("[\\s,;:]+")) {
            if (word.equals("обв.")) {
                continue; // the charges mark is glue between sentencing organ and charges, kept in the verbatim text
            }
            assertThat(all).as(word).contains(word.replaceAll("\\.+$", ""));
        }
    }
}
