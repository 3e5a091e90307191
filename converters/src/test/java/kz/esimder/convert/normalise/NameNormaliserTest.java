package kz.esimder.convert.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameNormaliserTest {

    private final NameNormaliser names = new NameNormaliser();

    private PersonName name(String text) {
        Parsed<PersonName> p = names.parse(text);
        assertTrue(p.isUnderstood(), p::toString);
        return p.value().orElseThrow();
    }

    @Test
    void upperCaseSurnameBecomesTitleCaseAndTheWrittenFormIsKept() {
        PersonName n = name("АГЕЕВ Василий Иванович");
        assertEquals("Агеев", n.surname());
        assertEquals("Василий", n.givenName());
        assertEquals("Иванович", n.patronymic());
        assertEquals("Агеев Василий Иванович", n.label());
        assertEquals("АГЕЕВ Василий Иванович", n.asWritten());
        assertEquals(n.label(), name("Агеев Василий Иванович").label());
    }

    @Test
    void withoutPatronymic() {
        PersonName n = name("Абланов Садык");
        assertEquals("Абланов", n.surname());
        assertEquals("Садык", n.givenName());
        assertNull(n.patronymic());
    }

    @Test
    void kazakhPatronymics() {
        PersonName n = name("Байтұрсынұлы Ахмет");
        assertNull(n.surname());
        assertEquals("Ахмет", n.givenName());
        assertEquals("Байтұрсынұлы", n.patronymic());
        assertEquals("Байтұрсынұлы Ахмет", n.label());
        PersonName apart = name("ЖАНДОСОВ Ораз Байтұрсын ұлы");
        assertEquals("Жандосов", apart.surname());
        assertEquals("Байтұрсын ұлы", apart.patronymic());
        assertEquals("Кенжеқызы", name("Абенова Айша Кенжеқызы").patronymic());
    }

    @Test
    void aliasInBracketsIsAVariant() {
        PersonName n = name("ТОНИН (САРСЕНЕВ) Халил Букончинович");
        assertEquals("Тонин", n.surname());
        assertEquals("Халил", n.givenName());
        assertEquals("Букончинович", n.patronymic());
        assertEquals(List.of("Сарсенев"), n.variants());
    }

    @Test
    void hyphenatedSpellingsOfOneSurnameVersusADoubleSurname() {
        PersonName n = name("Мамыров-Мамырбаев Маулетхан Хаирбекович");
        assertEquals("Мамыров", n.surname());
        assertEquals(List.of("Мамырбаев"), n.variants());
        PersonName d = name("КРАУСС-ЭРДЕШ Елена Сигизмундовна");
        assertEquals("Краусс-Эрдеш", d.surname());
        assertTrue(d.variants().isEmpty());
    }

    @Test
    void variantLines() {
        assertEquals(List.of("Штейн", "Гуревич"), names.parseVariants("(варианты фамилии: Штейн, Гуревич)"));
        assertEquals(List.of("Абланов"), names.parseVariants("(варианты фамилии: Абланов; Абланов)"));
        assertTrue(name("ГУГИНА Анна (варианты фамилии: Гугина)").variants().isEmpty(), "the surname itself is no variant");
        assertEquals(List.of("Штейн"), name("Гуревич Анна Ефимовна (варианты фамилии: Штейн)").variants());
    }

    @Test
    void splitColumns() {
        Parsed<PersonName> p = names.parseParts("Тонин (Сарсенев)", "Халил", null);
        PersonName n = p.value().orElseThrow();
        assertEquals("Тонин", n.surname());
        assertEquals(List.of("Сарсенев"), n.variants());
        assertEquals("Тонин (Сарсенев) Халил", n.asWritten());
    }

    @Test
    void neverGuessesALongNameOrDigits() {
        Parsed<PersonName> p = names.parse("Иванов Петр Сидор Федор");
        assertTrue(p.isUnparsed());
        assertEquals(Problem.Kind.AMBIGUOUS, p.problem().orElseThrow().kind());
        assertTrue(names.parse("4924").isUnparsed());
        assertEquals("Гусейнов", name("Гусейнов Али Тын оглы").surname());
        assertEquals("Тын оглы", name("Гусейнов Али Тын оглы").patronymic());
    }
}
