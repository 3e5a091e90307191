package kz.esimder.convert.generate;

import java.util.List;

/**
 * Name pools of the peoples most repressed in Kazakhstan, as Soviet lists spelled their names in
 * Russian Cyrillic (Kazakh names also with Kazakh letters, as newer lists write them). Surnames are
 * given in the masculine; {@link Nationality#feminine(String)} makes the feminine form.
 */
enum NamePools {
    KAZAKH("казах", "казашка", 38,
            List.of("Абланов", "Джандосов", "Асфендиаров", "Жумабаев", "Сейфуллин", "Байтурсынов", "Кенжебаев",
                    "Нурмаков", "Ермеков", "Тынышпаев", "Досмухамедов", "Кулумбетов", "Садвокасов", "Мамыров",
                    "Исабеков", "Тәжібаев", "Құдайбергенов", "Оспанов", "Сарсенев", "Алимбеков"),
            List.of("Садык", "Уразалы", "Санджар", "Ильяс", "Сакен", "Ахмет", "Магжан", "Алихан", "Мухамеджан",
                    "Нығмет", "Жақып", "Сұлтанбек", "Темирбек", "Абдулла", "Ораз"),
            List.of("Айша", "Гульсум", "Зейнеп", "Бибигуль", "Шолпан", "Күлпаш", "Мариям", "Назира"),
            true),
    RUSSIAN("русский", "русская", 28,
            List.of("Агеев", "Гришин", "Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов",
                    "Новиков", "Морозов", "Волков", "Тонин", "Сергеев"),
            List.of("Василий", "Алексей", "Иван", "Петр", "Николай", "Михаил", "Федор", "Григорий", "Сергей"),
            List.of("Анна", "Мария", "Евдокия", "Прасковья", "Татьяна", "Ольга", "Варвара"),
            false),
    GERMAN("немец", "немка", 12,
            List.of("Шмидт", "Мюллер", "Вагнер", "Беккер", "Шульц", "Гофман", "Келлер", "Рейнгардт", "Фризен"),
            List.of("Иоганн", "Генрих", "Фридрих", "Яков", "Давид", "Петр", "Андрей"),
            List.of("Мария", "Эльза", "Маргарита", "Екатерина", "Амалия", "Эмма"),
            false),
    KOREAN("кореец", "кореянка", 7,
            List.of("Ким", "Ли", "Пак", "Цой", "Хан", "Тен", "Огай", "Шин"),
            List.of("Николай", "Владимир", "Иннокентий", "Афанасий", "Сергей", "Михаил"),
            List.of("Анна", "Евгения", "Софья", "Мария", "Вера"),
            false),
    POLISH("поляк", "полька", 7,
            List.of("Ковальский", "Вишневский", "Зелинский", "Шиманский", "Войцеховский", "Каминский"),
            List.of("Станислав", "Иосиф", "Казимир", "Антон", "Франц", "Ян"),
            List.of("Ядвига", "Ванда", "Стефания", "Юзефа", "Анеля"),
            false),
    UKRAINIAN("украинец", "украинка", 8,
            List.of("Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравчук", "Мельник", "Олейник", "Гончар"),
            List.of("Тарас", "Остап", "Богдан", "Григорий", "Павел", "Степан", "Иван"),
            List.of("Оксана", "Галина", "Христина", "Марина", "Ганна"),
            false);

    final String nationalityMale;
    final String nationalityFemale;
    /** Relative frequency among generated persons. */
    final int weight;
    final List<String> surnames;
    final List<String> maleNames;
    final List<String> femaleNames;
    /** Whether patronymics may take the Kazakh form «-ұлы» / «-қызы». */
    final boolean turkicPatronymic;

    NamePools(String nationalityMale, String nationalityFemale, int weight, List<String> surnames,
              List<String> maleNames, List<String> femaleNames, boolean turkicPatronymic) {
        this.nationalityMale = nationalityMale;
        this.nationalityFemale = nationalityFemale;
        this.weight = weight;
        this.surnames = surnames;
        this.maleNames = maleNames;
        this.femaleNames = femaleNames;
        this.turkicPatronymic = turkicPatronymic;
    }
}
