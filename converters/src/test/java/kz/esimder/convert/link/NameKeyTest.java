package kz.esimder.convert.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.esimder.convert.link.name.NameKey;
import kz.esimder.convert.link.name.NameMatcher;
import kz.esimder.convert.link.name.NameParts;
import kz.esimder.convert.link.name.NameSkeleton;
import kz.esimder.convert.link.name.Transliterations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {
    private final NameMatcher matcher = new NameMatcher();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        // Kazakh and Russian Cyrillic
        "Жансүгіров Ілияс, Джансугуров Ильяс",
        "Байтұрсынұлы Ахмет, Байтурсынов Ахмет",
        "Жұмабаев Мағжан, Джумабаев Магжан",
        "Сейфуллин Сәкен, Сейфуллин Сакен",
        // Latin transliterations: ISO 9, BGN/PCGN, ALA-LC, Kazakh 2021, English habit
        "Džansugurov Ilʹâs, Джансугуров Ильяс",
        "Dzhansugurov Il'yas, Джансугуров Ильяс",
        "Dzhansugurov Ilʹi͡as, Джансугуров Ильяс",
        "Jansügirov İlias, Жансүгіров Ілияс",
        "Jansugurov Ilyas, Джансугуров Ильяс",
        "Baitūrsynūly Ahmet, Байтұрсынұлы Ахмет",
        "Baytursynov Akhmet, Байтурсынов Ахмет",
        "Bajžakupov Akaš, БАЙЖАКУПОВ Акаш",
        "Baĭzhakupov Akash, БАЙЖАКУПОВ Акаш",
        "Yefretov Nikolay, ЕФРЕТОВ Николай",
        "Solov'yev Nikolay, Соловьёв Николай",
        // endings, е/ё, и/й, patronymic present or absent
        "Шапошникова Марина, Шапошников Марина",
        "Соловьев Николай Михайлович, Соловьёв Николай",
        "Джандосов Уразалы Какимович, ДЖАНДОСОВ Уразалы Кикимович",
        // Kazakh «уа» = Russian «ва»/«во»
        "Уәлиханов Шоқан, Валиханов Чокан",
        "Сәдуақасов Жанайдар, Садвокасов Джанайдар",
        // aliases and double surnames
        "ТОНИН (САРСЕНЕВ) Халил Букончинович, Тонин-Сарсенев Халил",
        "МАМЫРОВ (МАМЫРБАЕВ) Маулетхан Хаирбекович, Мамыров-Мамырбаев Маулетхан",
    })
    void sameKey(String a, String b) {
        assertThat(NameKey.of(a)).isNotEmpty().isEqualTo(NameKey.of(b));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource({
        "Скорняков Александр, Скорняков Георгий",
        "Алибаев Абат, Алибаев Мукат",
        "Асанбаев Магзум, Абенов Сейтжан",
    })
    void differentKey(String a, String b) {
        assertThat(NameKey.of(a)).isNotEqualTo(NameKey.of(b));
    }

    @Test
    void keyDropsThePatronymicAndSortsTheWords() {
        assertThat(NameKey.of("ДЖАНСУГУРОВ Ильяс")).isEqualTo("ils jnsgr");
        assertThat(NameKey.of("Ильяс Жансүгіров")).isEqualTo("ils jnsgr");
        assertThat(NameKey.of("Агеев Василий Иванович")).isEqualTo(NameKey.of("АГЕЕВ Василий"));
        assertThat(NameKey.of("Агеев", "Василий", "Иванович", List.of())).isEqualTo(NameKey.of("Агеев Василий"));
        assertThat(NameKey.of(null, "Ахмет", "Байтұрсынұлы", List.of())).isEqualTo(NameKey.of("Байтурсынов Ахмет"));
        assertThat(NameKey.of("— ,")).isEmpty();
    }

    @Test
    void searchByPartOfTheNameFindsTheWordKeys() {
        // the site's rule: every word key of the query is among the person's
        List<String> person = List.of(NameKey.of("ТОНИН (САРСЕНЕВ) Халил Букончинович").split(" "));
        assertThat(person).containsAll(List.of(NameKey.of("Sarsenev").split(" ")));
        assertThat(person).containsAll(List.of(NameKey.of("Тонин Халил").split(" ")));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "ДЖАНДОСОВ Уразалы Какимович, Джандосов Уразалы Кикимович",
        "ТОНИН (САРСЕНЕВ) Халил Букончинович, Тонин Сарсенев Буканчинович",
        "АЛИМОВ Бадритдин Алимович, Алимов Бадриждин Алимович",
        "МАМЫРОВ (МАМЫРБАЕВ) Маулетхан Хаирбекович, Мамыров-Мамырбаев Маулетхан Хаирбекович",
        "Жансүгіров Ілияс, Dzhansugurov Ilyas",
    })
    void realVariantsScoreAsOnePerson(String a, String b) {
        assertThat(matcher.score(a, b).score()).isGreaterThanOrEqualTo(0.9);
    }

    @ParameterizedTest(name = "{0} ≁ {1}")
    @CsvSource({
        "СКОРНЯКОВ Александр Николаевич, СКОРНЯКОВ Георгий Георгиевич",
        "АЛИБАЕВ Абат, АЛИБАЕВ Мукат Алибаевич",
        "МАМЫРОВ (МАМЫРБАЕВ) Маулетхан Хаирбекович, МАМЫРБАЕВ Тулеген",
        "ШАПОШНИКОВ Иосиф Сергеевич, ШАПОШНИКОВА Марина Ивановна",
        "Агеев Василий Иванович, Агеев Василий Петрович",
    })
    void sameSurnameDifferentPeopleScoreLow(String a, String b) {
        assertThat(matcher.score(a, b).score()).isLessThan(0.8);
    }

    @Test
    void bareSurnameIsNeverASureMatch() {
        assertThat(matcher.score(NameParts.parse("Абенов"), NameParts.parse("Абенов Сейтжан")).score()).isLessThan(0.85);
    }

    @Test
    void skeletonFoldsScriptsToOneAlphabet() {
        assertThat(NameSkeleton.of("Щукин")).isEqualTo(NameSkeleton.of("Shchukin")).isEqualTo(NameSkeleton.of("Ŝukin"));
        assertThat(NameSkeleton.of("Хасен")).isEqualTo(NameSkeleton.of("Khasen")).isEqualTo(NameSkeleton.of("Hasen"));
        assertThat(NameSkeleton.of("Қалтай")).isEqualTo(NameSkeleton.of("Qaltai")).isEqualTo(NameSkeleton.of("Калтай"));
    }

    @Test
    void transliterationsFollowBgnAndThe2021KazakhAlphabet() {
        assertThat(Transliterations.russianLatin("Джансугуров Ильяс")).isEqualTo("Dzhansugurov Ilʹyas");
        assertThat(Transliterations.russianLatin("Жансүгіров")).isEqualTo("Zhansugirov");
        assertThat(Transliterations.kazakhLatin("Жансүгіров Ілияс")).isEqualTo("Jansügırov Ilias");
        assertThat(Transliterations.kazakhLatin("Байтұрсынұлы Ахмет")).isEqualTo("Baitūrsynūly Ahmet");
        assertThat(Transliterations.kazakhLatin("Ильяс")).isEqualTo("İlias");
        assertThat(Transliterations.russianLatin("Smith")).isEqualTo("Smith");
    }
}
