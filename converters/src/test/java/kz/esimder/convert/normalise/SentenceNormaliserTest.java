package kz.esimder.convert.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceNormaliserTest {

    private final SentenceNormaliser sentences =
            new SentenceNormaliser(new OutcomeNormaliser(new DateNormaliser()));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ВМН|death||",
            "к ВМН.|death||",
            "расстрел|death||",
            "к 8 годам ИТЛ|camp|8|",
            "10 лет ИТЛ|camp|10|",
            "3 года ИТЛ|camp|3|",
            "1 год ИТЛ|camp|1|",
            "6 мес. ИТЛ|camp|0.5|",
            "лишению свободы в ИТЛ на 2.5 лет.|camp|2.5|",
            "5 лет л.с.|camp|5|",
            "3 года ссылки в Казахстан|exile|3|Казахстан",
            "5 лет ссылки в Кустанайскую область.|exile|5|Кустанайскую область",
            "высылка в Сев.-Казахст. обл. Казахской ССР на 5 л.|banishment|5|Сев.-Казахст. обл. Казахской ССР",
            "к 3 годам высылки в Казахстан|banishment|3|Казахстан",
            "3 года ссылки (высылки)|exile|3|",
            "выселение|deportation||",
            "выселена в Казахстан (по нац. признаку)|deportation||Казахстан",
            "высланы на спецпоселение в Казахстан.|special-settlement||Казахстан",
            "спецпоселение - г. Челябинск до 12.03.1956|special-settlement||г. Челябинск",
            "Выслан на спецпоселение в Павлодарскую обл. Цюрупинский р-н|special-settlement||Павлодарскую обл. Цюрупинский р-н",
            "раскулачены и выселены на спецпоселение в Казахстан|dekulakization||Казахстан",
            "дело прекращено|release||",
            "оправдан|release||",
            "ВМН заменена 10 лет ИТЛ|camp|10|",
            "к 5 г. ИТЛ с заменой высылкой в Казахстан на тот же срок.|banishment|5|Казахстан",
            "трудармия|other||"
    })
    void understands(String text, String kind, BigDecimal term, String destination) {
        Parsed<Sentence> p = sentences.parse(text);
        assertTrue(p.isUnderstood(), p::toString);
        Sentence s = p.value().orElseThrow();
        assertEquals(kind, s.kind());
        if (term == null) {
            assertNull(s.termYears());
        } else {
            assertEquals(0, term.compareTo(s.termYears()), () -> "term " + s.termYears());
        }
        assertEquals(destination, s.destinationText());
    }

    @Test
    void familySentToSpecialSettlement() {
        Sentence s = sentences.parse("в составе семьи мужа - Гришина Алексея Алексеевича, как имевшего кулацкое "
                + "хозяйство, выселена из д.Кураково Белевского р-на Тульской обл. и направлена на спецпоселение "
                + "в Казахстан.").value().orElseThrow();
        assertEquals("special-settlement", s.kind());
        assertEquals("Казахстан", s.destinationText());
    }

    @Test
    void campMovementsAfterTheSentenceAreOutcomes() {
        Parsed<Sentence> p = sentences.parse("к 8 годам ИТЛ. Прибыла в Карлаг 03.11.1940. Освобождена 21.11.1945");
        assertTrue(p.isUnderstood(), p::toString);
        Sentence s = p.value().orElseThrow();
        assertEquals("camp", s.kind());
        assertEquals(List.of("imprisonment", "release"), s.outcomes().stream().map(OutcomeEvent::eventType).toList());
    }

    @Test
    void executionDateGivenWithTheSentence() {
        Sentence s = sentences.parse("ВМН. Расстрелян 10.10.1937").value().orElseThrow();
        assertEquals("death", s.kind());
        assertEquals("1937-10-10", s.outcomes().get(0).date().isoLexical());
    }

    @Test
    void unknownSentenceIsUnparsed() {
        Parsed<Sentence> p = sentences.parse("Тройка УНКВД по ЮКО 30 октября 1937 г.");
        assertTrue(p.isUnparsed());
        assertEquals(Problem.Kind.UNRECOGNISED, p.problem().orElseThrow().kind());
    }
}
