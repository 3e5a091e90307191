package kz.esimder.convert.link.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Word by word (with each word's form remembered) must give exactly what the whole text at once
 * gives: the BGN rules' contexts at a word's edges see a space in the whole text and the text's end
 * in a word, and the two must never be told apart.
 */
class TransliterationsTest {
    /** The letters whose rules have contexts, Kazakh and Ukrainian letters, and what separates words. */
    private static final String ALPHABET = "ЕеЁёЫыЭэЙйЪъЬьТтСсШшЧчХхЦцЖжЮюЯяАаУуОоИиКкНнЩщ"
            + "ӘәҒғҚқҢңӨөҰұҮүҺһІіЄєЇїҐґ" + "·-'’()., 12abZ\u0301\u00a0\t";

    @ParameterizedTest
    @ValueSource(strings = {"Ермеков Ерлан", "ЕРМЕКОВ Ё", "Х а", "Ц Ю Я", "Ёлкин Ёж", "Тсой Шчука", "Ы ы",
            "Э э Эз", "Е", " Е е ", "Джансугуров  Ильяс", "", " ", "Smith Иванов", "Байтұрсынұлы Ахмет",
            "Мамыров-Мамырбаев Ерік", "ТОНИН (САРСЕНЕВ) Халил", "Ия Юлия Ильич"})
    void knownNamesTransliterateTheSameWordByWord(String name) {
        assertThat(Transliterations.russianLatin(name)).isEqualTo(Transliterations.russianLatinWhole(name));
        assertThat(Transliterations.kazakhLatin(name)).isEqualTo(Transliterations.kazakhLatinWhole(name));
    }

    @Test
    void randomTextsTransliterateTheSameWordByWord() {
        Random random = new Random(20261207);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                // Spaces often, so that words are short and every letter meets a word's edge.
                text.append(random.nextInt(4) == 0 ? ' ' : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = text.toString();
            assertThat(Transliterations.russianLatin(s)).as("ru-Latn of «%s»", s)
                    .isEqualTo(Transliterations.russianLatinWhole(s));
            assertThat(Transliterations.kazakhLatin(s)).as("kk-Latn of «%s»", s)
                    .isEqualTo(Transliterations.kazakhLatinWhole(s));
        }
    }

    @Test
    void aRememberedWordIsNotTakenForAnotherCase() {
        assertThat(Transliterations.russianLatin("Елена ЕЛЕНА")).isEqualTo("Yelena YELENA");
        assertThat(Transliterations.russianLatin("ЕЛЕНА Елена")).isEqualTo("YELENA Yelena");
    }
}
