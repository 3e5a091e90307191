package kz.esimder.convert.generate;

import java.util.List;

/**
 * The organs, charges, sentences, places and occupations generated records draw from, in the
 * spellings and rough proportions of the real samples (memorial-lists, card files): troikas of
 * the oblast NKVDs and the OSO dominate, 58-10 is the commonest charge, ten years of ITL and VMN
 * the commonest sentences.
 */
final class RepressionPools {
    private RepressionPools() {}

    /** An oblast of 1937: its name for «… обл.» and its genitive for «Тройка УНКВД по … обл.». */
    record Oblast(String name, String genitive, List<String> towns) {}

    static final List<Oblast> OBLASTS = List.of(
            new Oblast("Карагандинская", "Карагандинской", List.of("г. Караганда", "Балхаш", "Темиртау", "пос. Долинка")),
            new Oblast("Алма-Атинская", "Алма-Атинской", List.of("г. Алма-Ата", "Каскеленский р-н", "Талгарский р-н")),
            new Oblast("Южно-Казахстанская", "Южно-Казахстанской", List.of("г. Чимкент", "Туркестан", "Сайрамский р-н")),
            new Oblast("Восточно-Казахстанская", "Восточно-Казахстанской", List.of("Риддер", "г. Усть-Каменогорск", "Зыряновск")),
            new Oblast("Северо-Казахстанская", "Северо-Казахстанской", List.of("г. Петропавловск", "Булаевский р-н")),
            new Oblast("Западно-Казахстанская", "Западно-Казахстанской", List.of("г. Уральск", "Джаныбекский р-н")),
            new Oblast("Актюбинская", "Актюбинской", List.of("г. Актюбинск", "Мартукский р-н")),
            new Oblast("Кустанайская", "Кустанайской", List.of("г. Кустанай", "Денисовский р-н")),
            new Oblast("Павлодарская", "Павлодарской", List.of("г. Павлодар", "Экибастуз")),
            new Oblast("Акмолинская", "Акмолинской", List.of("г. Акмолинск", "Атбасарский р-н", "г. Кокчетав")),
            new Oblast("Семипалатинская", "Семипалатинской", List.of("г. Семипалатинск", "Абайский р-н")),
            new Oblast("Кзыл-Ординская", "Кзыл-Ординской", List.of("г. Кзыл-Орда", "Казалинский р-н")));

    /** Birth places outside Kazakhstan, for the peoples who were deported or exiled there. */
    static final List<String> BIRTH_PLACES_ABROAD = List.of("Саратовская обл., Марксштадтский р-н",
            "Могилевская обл., Бельничинский р-н, Бельничи", "Полтавская губ.", "Волынская губ., Новоград-Волынский у.",
            "Приморский край, Посьетский р-н", "Житомирская обл.", "г. Москва", "Тульская обл., Белевский р-н",
            "Самарская губ.", "Днепропетровская обл.");

    /** «{0}» is the oblast genitive. Weighted by repetition. */
    static final List<String> ORGANS_1937 = List.of("Тройка УНКВД по {0} обл.", "Тройка УНКВД по {0} обл.",
            "Тройка УНКВД по {0} обл.", "Тройка УНКВД по {0} обл.", "тройка УНКВД по {0} обл.", "ОСО при НКВД СССР",
            "ОСО при НКВД СССР", "Особое совещание при НКВД СССР", "ВК ВС СССР", "выездная сессия ВК ВС СССР в г. Алма-Ата",
            "Верховный суд СССР", "Военный трибунал войск НКВД КазССР");
    static final List<String> ORGANS_EARLY = List.of("Тройка при ПП ОГПУ в Казахстане", "Тройка при ПП ОГПУ в Казахстане",
            "Особое совещание коллегии ОГПУ", "Коллегия ОГПУ", "Тройка ПП ОГПУ в Казахстане");
    static final List<String> ORGANS_LATE = List.of("ОСО при НКВД СССР", "Особое совещание при МГБ СССР",
            "Военный трибунал войск НКВД КазССР", "Карагандинский облсуд", "Павлодарский облсуд");
    static final List<String> ARRESTING = List.of("УНКВД по {0} обл.", "УНКВД по {0} обл.", "НКВД КазССР");
    /** Before the NKVD took over the OGPU in 1934. */
    static final List<String> ARRESTING_OGPU = List.of("ПП ОГПУ в Казахстане", "ОГПУ");

    static final List<String> CHARGES = List.of("58-10 УК РСФСР", "58-10 УК РСФСР", "58-10 УК РСФСР", "58-10, 58-11 УК РСФСР",
            "58-10, 58-11 УК РСФСР", "58-2 УК РСФСР", "58-6 УК РСФСР", "58-7 УК РСФСР", "58-7, 58-10, 58-11 УК РСФСР",
            "58-8, 58-10 УК РСФСР", "58-1а-2-8-9-11 УК РСФСР", "ст.58-10-2, 58-11", "58-2, 59-3 УК РСФСР");

    static final List<String> CAMP_SENTENCES = List.of("10 лет ИТЛ", "10 лет ИТЛ", "10 лет ИТЛ", "8 лет ИТЛ", "5 лет ИТЛ",
            "3 года ИТЛ", "к 8 годам ИТЛ", "к 5 годам ИТЛ", "5 лет л.с.", "3 года ссылки в Казахстан",
            "5 лет ссылки в Казахстан");

    static final List<String> EDUCATION = List.of("начальное", "среднее", "высшее", "неграмотный", "малограмотный");
    static final List<String> PARTY = List.of("б/п", "б/п", "б/п", "член ВКП(б)", "бывший член ВКП(б)", "канд. в члены ВКП(б)");
    static final List<String> OCCUPATIONS = List.of("колхозник", "колхозник", "рабочий", "учитель", "бухгалтер",
            "председатель колхоза", "единоличник", "служащий", "Начальник рудника", "Зам.председателя", "счетовод",
            "мулла", "чабан", "инженер", "красноармеец", "без определенных занятий");

    static final List<String> REHABILITATED_BY = List.of("Верховный суд СССР", "ВК ВС СССР", "Прокуратура КазССР",
            "Прокуратура РК", "Верховный суд КазССР");
    /** In order of time: the ground (any year), the 1989 decree, the 1993 law. */
    static final List<String> REHABILITATION_BASIS = List.of("за отсутствием состава преступления",
            "УКАЗ ПВС СССР ОТ 16.01.1989", "Закон РК от 14.04.1993");
}
