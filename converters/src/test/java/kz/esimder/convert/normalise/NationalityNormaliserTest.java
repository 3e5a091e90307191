package kz.esimder.convert.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalityNormaliserTest {

    private final NationalityNormaliser nationalities = new NationalityNormaliser();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "казах, kazakh", "казашка, kazakh", "Қазақ, kazakh", "русская, russian", "русский, russian",
            "белорус, belarusian", "немец, german", "немцы, german", "кореец, korean", "татарин, tatar",
            "украинец, ukrainian", "украинцы, ukrainian", "поляк, polish", "евреи, jewish", "балкарка, balkar",
            "кабардинец, kabardian", "чеченцы, chechen", "уйгуры, uyghur", "мордва, mordvin", "саха, yakut",
            "'Немка.', german", "турки-месхетинцы, meskhetian-turk", "турчанка, turkish"
    })
    void recognises(String text, String localName) {
        Parsed<Nationality> p = nationalities.parse(text);
        assertTrue(p.isUnderstood(), p::toString);
        assertEquals(localName, p.value().orElseThrow().localName());
    }

    @Test
    void feminineFormsTellTheGender() {
        assertEquals(Gender.FEMALE, nationalities.parse("казашка").value().orElseThrow().gender());
        assertNull(nationalities.parse("казах").value().orElseThrow().gender());
    }

    @Test
    void unknownWordsStay() {
        Parsed<Nationality> p = nationalities.parse("б/п");
        assertTrue(p.isUnparsed());
        assertEquals("б/п", p.unparsed().orElseThrow());
    }
}
