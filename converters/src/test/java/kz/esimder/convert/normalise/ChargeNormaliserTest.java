package kz.esimder.convert.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChargeNormaliserTest {

    private final ChargeNormaliser charges = new ChargeNormaliser(new DateNormaliser());

    private List<String> localNames(String text) {
        Parsed<Charges> p = charges.parse(text);
        assertTrue(p.isUnderstood(), p::toString);
        return p.value().orElseThrow().charges().stream().map(Charge::localName).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "58-10|58-10",
            "58-10 УК РСФСР.|58-10",
            "по ст. 58-10.|58-10",
            "ст.58-10-2, 58-11.|58-10 58-11",
            "58-1а-2-8-9-11|58-1a 58-2 58-8 58-9 58-11",
            "58-1а, 58-7, 58-8, 58-9, 58-11 УК РСФСР|58-1a 58-7 58-8 58-9 58-11",
            "58-1 \"а\"|58-1a",
            "по ст. ст. 58-1 \"а\", 58-7 УК РСФСР.|58-1a 58-7",
            "58-1б УК РСФСР..|58-1b",
            "58-1в.|58-1v",
            "58 п.10|58-10",
            "ст. 58, пп. 10, 11 УК РСФСР..|58-10 58-11",
            "по ст. 58 п. 10, 11 УК РСФСР.|58-10 58-11",
            "по ст. 58-10 ч.1, ст. 58-11 УК.|58-10 58-11",
            "58-2, 59-3 УК РСФСР..|58-2 59-3",
            "19-58-8|19-58-8",
            "58-10 и 162.|58-10 162",
            "109 УК РСФСР|109",
            "как ЧСИР.|chsir",
            "ЧСИР|chsir",
            "как член семьи изменника Родины..|chsir",
            "СОЭ.|soe",
            "как социально-опасный элемент.|soe",
            "ст. КРД.|kro",
            "за к/р деятельность.|kro",
            "контрреволюционная троцкистская деятельность.|krtd",
            "за а/с агитацию.|asa",
            "как кулаки.|kulak",
            "по нац.признаку (немцы).|national-grounds",
            "72 УК БССР - А/с агитация.|bssr-72 asa",
            "58-10 УК РСФСР - пособ.нем.оккуп.|58-10"
    })
    void understands(String text, String expected) {
        if (text.endsWith("пособ.нем.оккуп.")) {
            Parsed<Charges> p = charges.parse(text);
            assertTrue(p.isPartial(), "an unexplained description is a rest, not dropped");
            assertEquals("пособ.нем.оккуп", p.unparsed().orElseThrow());
            assertEquals(List.of(expected), p.value().orElseThrow().charges().stream().map(Charge::localName).toList());
            return;
        }
        assertEquals(List.of(expected.split(" ")), localNames(text));
    }

    @Test
    void keepsCyrillicNotation() {
        Charges c = charges.parse("58-1а-2").value().orElseThrow();
        assertEquals(List.of(new Charge("58-1a", "58-1а"), new Charge("58-2", "58-2")), c.charges());
    }

    @Test
    void decreesAreActsAndTheKulakGround() {
        for (String text : List.of("постановление ЦИК и СНК СССР от 01.02.1930.",
                "на основании Постановления ВЦИК и СНК СССР от 1.02.30 г..",
                "пост.СНК и ЦИК от 01.02.1930")) {
            Parsed<Charges> p = charges.parse(text);
            assertTrue(p.isUnderstood(), p::toString);
            assertEquals(List.of("resolution-1930-02-01"), p.value().orElseThrow().normativeActs());
            assertEquals(List.of(new Charge("kulak", "кулак")), p.value().orElseThrow().charges());
        }
        Charges germans = charges.parse("на основании Указа Президиума Верховного Совета СССР от 28.08.41 г..")
                .value().orElseThrow();
        assertEquals(List.of("decree-1941-08-28"), germans.normativeActs());
        assertTrue(germans.charges().isEmpty());
        assertEquals(List.of("order-00447"), charges.parse("по приказу НКВД СССР № 00447").value().orElseThrow().normativeActs());
    }

    @Test
    void namesTheCode() {
        assertEquals("УК РСФСР", charges.parse("58-10 УК РСФСР.").value().orElseThrow().code());
    }

    @Test
    void whatItDoesNotKnowIsKept() {
        Parsed<Charges> p = charges.parse("выселена, эшелон со ст. Башмаково, вагон №684847, в Казахстан.");
        assertTrue(p.isUnparsed(), p::toString);
        assertEquals(Problem.Kind.UNRECOGNISED, p.problem().orElseThrow().kind());
        Parsed<Charges> dateOnly = charges.parse("1.02.1930.");
        assertTrue(dateOnly.isUnparsed(), "a date is not an article: " + dateOnly);
        Parsed<Charges> partial = charges.parse("58-10, за службу в армии Колчака");
        assertTrue(partial.isPartial());
        assertEquals("за службу в армии Колчака", partial.unparsed().orElseThrow());
    }
}
