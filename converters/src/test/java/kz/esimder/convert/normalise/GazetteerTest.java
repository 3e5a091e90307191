package kz.esimder.convert.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    @Test
    void comparesLabelsByKey() {
        Gazetteer g = Gazetteer.of(Map.of("Алма-Ата", "alma-ata-city", "Карагандинская обл.", "karaganda"));
        assertEquals(Optional.of("alma-ata-city"), g.lookup("АЛМА - АТА"));
        assertEquals(Optional.of("karaganda"), g.lookup("карагандинская обл"));
        assertTrue(g.lookup("Караганда").isEmpty());
        assertEquals("семипалатинск", Gazetteer.key(" Семипалатинск. "));
        assertEquals("петропавловск", Gazetteer.key("Петропавловск"));
        assertEquals(Gazetteer.key("Семёновка"), Gazetteer.key("Семеновка"));
    }

    @Test
    void aLabelOfTwoPlacesNeverResolves() {
        Gazetteer g = Gazetteer.of(Map.of("Троицк", "troitsk-a", "ТРОИЦК", "troitsk-b", "Балхаш", "balkhash"));
        assertTrue(g.lookup("Троицк").isEmpty());
        assertEquals(Optional.of("balkhash"), g.lookup("Балхаш"));
    }

    @Test
    void emptyKnowsNothing() {
        assertTrue(Gazetteer.empty().lookup("Алма-Ата").isEmpty());
    }
}
