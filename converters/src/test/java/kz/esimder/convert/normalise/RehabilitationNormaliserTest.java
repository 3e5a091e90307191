package kz.esimder.convert.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RehabilitationNormaliserTest {

    private final DateNormaliser dates = new DateNormaliser();
    private final RehabilitationNormaliser rehabilitations = new RehabilitationNormaliser(dates, new OrganNormaliser());

    private Rehabilitation understood(String text) {
        Parsed<Rehabilitation> p = rehabilitations.parse(text);
        assertTrue(p.isUnderstood(), p::toString);
        return p.value().orElseThrow();
    }

    @Test
    void dateOrganAndDecree() {
        Rehabilitation r = understood("Реабилитирован 19 марта 1990 г. Верховный суд КазССР УКАЗ ПВС СССР ОТ 16.01.1989");
        assertEquals("1990-03-19", r.date().isoLexical());
        assertEquals("supreme-court-kazakh-ssr", r.organ().organ());
        assertEquals("ussr-1989-01-16", r.basis());
        assertEquals("УКАЗ ПВС СССР ОТ 16.01.1989", r.basisText());
        assertFalse(r.refused());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Реабилитирована в июле 1998 г.|1998-07|||",
            "Реабилитирован 23 сентября 1999 г. Павлодарская облпрокуратура Закон РК от 14.04.1993|1999-09-23|prosecutor|kz-1993-04-14|",
            "Реабилитирован ВК ВС СССР 29.07.1958|1958-07-29|military-collegium||",
            "Реабилитирован 9 июля 1957 г. Военная коллегия Верховного Суда СССР. за отсутствием состава преступления"
                    + "|1957-07-09|military-collegium||no-corpus-delicti",
            "Реабилитирована  по Закону от 18 октября 1991 г.|||rsfsr-1991-10-18|",
            "5 мая 1989 г. Генпрокуратура РК Указ Президента СССР от 13.08.1990|1989-05-05|prosecutor-general-kazakhstan|ussr-1990-08-13|",
            "Реабилитирован Верховным судом СССР 17.10.1957 за отсутствием состава преступления"
                    + "|1957-10-17|supreme-court-ussr||no-corpus-delicti",
            "22 июня 1989 г. Карагандинский облсуд ЗА НЕДОКАЗАННОСТЬЮ СОСТАВА ПРЕСТУПЛЕНИЯ|1989-06-22|oblast-court||insufficient-evidence",
            "Реабилитирована 15 августа 2007 г. ИЦ УВД по Тульской обл.|2007-08-15|mvd||"
    })
    void understands(String text, String date, String organ, String basis, String ground) {
        Rehabilitation r = understood(text);
        assertEquals(date, r.date() == null ? null : r.date().isoLexical());
        assertEquals(organ, r.organ() == null ? null : r.organ().organ());
        assertEquals(basis, r.basis());
        assertEquals(ground, r.ground());
    }

    @Test
    void aGroundStatedAloneIsAlsoTheBasisAsWritten() {
        Rehabilitation r = understood("Реабилитирован 9 июля 1957 г. ВК ВС СССР. ЗА ОТСУТСТВИЕМ СОСТАВА ПРЕСТУПЛЕНИЯ");
        assertEquals("no-corpus-delicti", r.ground());
        assertEquals("ЗА ОТСУТСТВИЕМ СОСТАВА ПРЕСТУПЛЕНИЯ", r.basisText());
    }

    @Test
    void anActStaysTheBasisTextWhenAGroundIsGivenToo() {
        Rehabilitation r = understood("Реабилитирован 5 мая 1989 г. Указ ПВС СССР от 16.01.1989 за отсутствием состава преступления");
        assertEquals("no-corpus-delicti", r.ground());
        assertEquals("Указ ПВС СССР от 16.01.1989", r.basisText());
    }

    @Test
    void anActTheVocabularyLacksStaysAsText() {
        Rehabilitation r = understood("Реабилитирован 12.05.1956 г. Указ ПВС СССР от 24.03.1956");
        assertNull(r.basis());
        assertEquals("Указ ПВС СССР от 24.03.1956", r.basisText());
        assertEquals("1956-05-12", r.date().isoLexical());
    }

    @Test
    void undatedActIsKeptAsTextOnly() {
        Rehabilitation r = understood("Прокуратурой Омской обл. на основании Указа ПВС СССР.");
        assertNull(r.basis());
        assertEquals("Указа ПВС СССР", r.basisText());
        assertEquals("prosecutor", r.organ().kind());
    }

    @Test
    void kazakhLabel() {
        Rehabilitation r = understood("Ақталды 1989 жылғы 16 қаңтар, Прокуратура КазССР");
        assertEquals("1989-01-16", r.date().isoLexical());
        assertEquals("prosecutor-kazakh-ssr", r.organ().organ());
    }

    @Test
    void refusal() {
        Rehabilitation r = understood("Отказано в реабилитации 12.05.1995 Прокуратура РК");
        assertTrue(r.refused());
        assertEquals("1995-05-12", r.date().isoLexical());
    }

    @Test
    void impossibleDateAndUnknownWordsStay() {
        Parsed<Rehabilitation> p = rehabilitations.parse("Реабилитирован 31.02.1990 г. Прокуратура РК");
        assertTrue(p.isPartial(), p::toString);
        assertEquals("31.02.1990 г.", p.unparsed().orElseThrow());
        assertEquals("prosecutor-general-kazakhstan", p.value().orElseThrow().organ().organ());
        Parsed<Rehabilitation> unknown = rehabilitations.parse("Реабилитирован. сведений нет");
        assertTrue(unknown.isUnparsed());
    }
}
