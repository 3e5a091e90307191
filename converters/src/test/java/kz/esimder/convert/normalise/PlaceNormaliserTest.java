package kz.esimder.convert.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceNormaliserTest {

    private final Gazetteer gazetteer = Gazetteer.of(Map.of(
            "Казань", "kazan",
            "Карагандинская область", "karaganda",
            "Балхаш", "balkhash",
            "Алма-Ата", "alma-ata-city",
            "Мирзоянский район", "mirzoyan-district",
            "Троицк", "troitsk-chelyabinsk",
            "Троицк ", "troitsk-moscow"));
    private final PlaceNormaliser places = new PlaceNormaliser(gazetteer);

    private PlaceName place(String text) {
        Parsed<PlaceName> p = places.parse(text);
        assertTrue(p.isUnderstood(), p::toString);
        return p.value().orElseThrow();
    }

    private static List<PlaceLevel> levels(PlaceName p) {
        return p.components().stream().map(PlaceComponent::level).toList();
    }

    @Test
    void splitsAndResolvesTheMostSpecificPart() {
        PlaceName p = place("г. Казань, с. Дербышки");
        assertEquals(List.of(PlaceLevel.SETTLEMENT, PlaceLevel.SETTLEMENT), levels(p));
        assertEquals("Казань", p.components().get(0).name());
        assertEquals("kazan", p.components().get(0).place());
        assertEquals("Дербышки", p.components().get(1).name());
        assertNull(p.components().get(1).place(), "an unknown village stays text");
        assertEquals("kazan", p.place());
    }

    @Test
    void oblastAndTownWithoutComma() {
        PlaceName p = place("Карагандинская обл. Балхаш..");
        assertEquals(List.of(PlaceLevel.REGION, PlaceLevel.UNKNOWN), levels(p));
        assertEquals("karaganda", p.components().get(0).place());
        assertEquals("Балхаш", p.components().get(1).name());
        assertEquals("balkhash", p.place());
    }

    @Test
    void abbreviationsBeforeAndAfterTheName() {
        PlaceName p = place("Южно-Казахстанская обл., Мирзоянский р-н, аул 7");
        assertEquals(List.of(PlaceLevel.REGION, PlaceLevel.DISTRICT, PlaceLevel.SETTLEMENT), levels(p));
        assertEquals("south-kazakhstan", p.components().get(0).place(), "a 1937 oblast by its own spellings");
        assertEquals("mirzoyan-district", p.components().get(1).place());
        assertEquals("7", p.components().get(2).name());
        assertEquals("mirzoyan-district", p.place());
        PlaceName q = place("Черниговская обл., Березнянский р-н, Березка с.");
        assertEquals("Березка", q.components().get(2).name());
        assertEquals(PlaceLevel.SETTLEMENT, q.components().get(2).level());
        PlaceName np = place("н.п.Макеевка Донецкой обл.");
        assertEquals(List.of(PlaceLevel.SETTLEMENT, PlaceLevel.REGION), levels(np));
        assertEquals("Макеевка", np.components().get(0).name());
        assertEquals("Донецкой", np.components().get(1).name());
        assertEquals(List.of(PlaceLevel.DISTRICT, PlaceLevel.SETTLEMENT), levels(place("Лев-Толстовский р-н, с. Головинщино")));
    }

    @Test
    void inflectedOblastResolves() {
        PlaceName p = place("Кустанайскую область");
        assertEquals("kustanay", p.place());
        assertEquals(PlaceLevel.COUNTRY, place("Казахская ССР").components().get(0).level());
    }

    @Test
    void ambiguousLabelNeverResolves() {
        Gazetteer twoTroitsks = Gazetteer.of(Map.of("Троицк", "troitsk-a", "троицк", "troitsk-b"));
        assertNull(new PlaceNormaliser(twoTroitsks).parse("г. Троицк").value().orElseThrow().place());
    }

    @Test
    void blankIsUnparsed() {
        assertTrue(places.parse("  ").isUnparsed());
    }
}
