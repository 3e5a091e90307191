package kz.esimder.convert.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutcomeNormaliserTest {

    private final OutcomeNormaliser outcomes = new OutcomeNormaliser(new DateNormaliser(),
            Gazetteer.of(Map.of("Сегежлаг", "segezhlag")));

    private List<OutcomeEvent> events(String text) {
        Parsed<Outcomes> p = outcomes.parse(text);
        assertTrue(p.isUnderstood(), p::toString);
        return p.value().orElseThrow().events();
    }

    @Test
    void executionWithTheSourcesTypoAndBurial() {
        Parsed<Outcomes> p = outcomes.parse("Рассстрелян 09.05.1938. Место захоронения: Коммунарка.");
        assertTrue(p.isUnderstood(), p::toString);
        OutcomeEvent e = p.value().orElseThrow().events().get(0);
        assertEquals("execution", e.eventType());
        assertEquals("1938-05-09", e.date().isoLexical());
        assertEquals("09.05.1938", e.dateText());
        assertEquals("Коммунарка", p.value().orElseThrow().burialPlaceText());
        assertEquals("execution", events("Расстреляна 2 октября 1937 г.").get(0).eventType());
    }

    @Test
    void arrivalAndRelease() {
        List<OutcomeEvent> e = events("Прибыла в Карлаг 03.11.1940. Освобождена 21.11.1945");
        assertEquals(2, e.size());
        assertEquals("imprisonment", e.get(0).eventType());
        assertEquals(OutcomeEvent.Movement.ARRIVAL, e.get(0).movement());
        assertEquals("Карлаг", e.get(0).campText());
        assertEquals("karlag", e.get(0).camp());
        assertEquals("1940-11-03", e.get(0).date().isoLexical());
        assertEquals("release", e.get(1).eventType());
        assertEquals("1945-11-21", e.get(1).date().isoLexical());
    }

    @Test
    void arrivalFromAPrisonAndDepartureToAnotherPlace() {
        List<OutcomeEvent> e = events("Прибыла в Акмолинское ЛО 07.05.1938 из Лубянской тюрьмы г.Москвы. "
                + "Убыла из Карлага 01.11.1940 в Джезказган");
        assertEquals("alzhir", e.get(0).camp());
        assertEquals("Акмолинское ЛО", e.get(0).campText());
        assertEquals("Лубянской тюрьмы г.Москвы", e.get(0).placeText());
        assertEquals(OutcomeEvent.Movement.DEPARTURE, e.get(1).movement());
        assertEquals("karlag", e.get(1).camp());
        assertEquals("Джезказган", e.get(1).placeText());
        assertEquals("1940-11-01", e.get(1).date().isoLexical());
    }

    @Test
    void transferBetweenCampsOutsideKazakhstanUsesTheGazetteer() {
        List<OutcomeEvent> e = events("прибыла в Сегежлаг 01.08.1939 из Темлага, убыла 01.08.1941 - в Карлаг");
        assertEquals("segezhlag", e.get(0).camp());
        assertEquals("Темлага", e.get(0).placeText());
        assertNull(e.get(1).campText(), "the camp left is the one before, not named again");
        assertEquals("Карлаг", e.get(1).placeText());
    }

    @Test
    void stayBeforeTheVerb() {
        List<OutcomeEvent> e = events("В АЛЖИРе находилась до 09.08.1939");
        assertEquals("alzhir", e.get(0).camp());
        assertEquals("1939-08-09", e.get(0).date().isoLexical());
        assertEquals("karlag", events("отбыв.: Карлаг, освоб. 12.05.1946").get(0).camp());
        assertEquals("release", events("отбыв.: Карлаг, освоб. 12.05.1946").get(1).eventType());
    }

    @Test
    void deathInCustodyOnlyWhenSaid() {
        OutcomeEvent inCamp = events("Умер 17.02.1943 г. в лазарете Карлага").get(0);
        assertEquals("death-in-custody", inCamp.eventType());
        assertEquals("karlag", inCamp.camp());
        OutcomeEvent exile = events("Умер в 1943 - Казахская ССР, г. Аральск").get(0);
        assertEquals("death", exile.eventType());
        assertEquals("1943", exile.date().isoLexical());
        assertEquals("Казахская ССР, г. Аральск", exile.placeText());
        assertEquals("death-in-custody", events("Умерла в заключении").get(0).eventType());
    }

    @Test
    void impossibleDateStaysAsRest() {
        Parsed<Outcomes> p = outcomes.parse("Освобождена 31.02.1945");
        assertTrue(p.isPartial());
        assertEquals("31.02.1945", p.unparsed().orElseThrow());
        OutcomeEvent e = p.value().orElseThrow().events().get(0);
        assertNull(e.date());
        assertEquals("31.02.1945", e.dateText());
    }

    @Test
    void textWithoutOutcomeIsUnparsed() {
        Parsed<Outcomes> p = outcomes.parse("дело прекращено");
        assertTrue(p.isUnparsed());
        assertEquals("дело прекращено", p.unparsed().orElseThrow());
    }
}
