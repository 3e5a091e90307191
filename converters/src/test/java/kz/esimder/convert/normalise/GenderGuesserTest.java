package kz.esimder.convert.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GenderGuesserTest {

    private final GenderGuesser guesser = new GenderGuesser();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Родился, MALE", "Родилась, FEMALE", "Арестован, MALE", "Арестована, FEMALE",
            "Приговорен:, MALE", "Приговорена:, FEMALE", "Проживал:, MALE", "Проживала:, FEMALE",
            "Реабилитирован, MALE", "Реабилитирована, FEMALE", "Умер, MALE", "Умерла, FEMALE",
            "Расстреляна, FEMALE", "м, MALE", "ж, FEMALE", "жен., FEMALE", "ер, MALE", "әйел, FEMALE",
            "female, FEMALE", "Male, MALE"
    })
    void tellsGender(String text, Gender gender) {
        Parsed<Gender> p = guesser.parse(text);
        assertTrue(p.isUnderstood(), p::toString);
        assertEquals(gender, p.value().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Высланы", "Приговор", "казах", "Рабочий", "x"})
    void saysNothingOfWordsWithoutGender(String text) {
        assertTrue(guesser.parse(text).isUnparsed(), text);
    }
}
