package kz.esimder.convert.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.esimder.convert.normalise.Gazetteer;
import kz.esimder.convert.pipeline.TestConversions;
import kz.esimder.convert.read.Field;
import kz.esimder.convert.read.RawRecord;
import kz.esimder.convert.read.RawRecord.Value;
import org.junit.jupiter.api.Test;

class RecordInterpreterTest {
    private final RecordInterpreter interpreter = new RecordInterpreter(
            Normalisers.create(Gazetteer.empty(), Gazetteer.empty(), TestConversions.CLOCK), KnownConcepts.all());

    private static RawRecord raw(Value... values) {
        return new RawRecord("f.csv", 7, "verbatim text", List.of(values));
    }

    private static Value v(Field f, String text) {
        return new Value(f, f.name(), text);
    }

    @Test
    void nothingIsDroppedSecondValuesAndUnknownColumnsStayAsUnparsedText() {
        VictimRecord r = interpreter.interpret(raw(v(Field.SURNAME, "Агеев"), v(Field.BIRTH_DATE, "1900"),
                v(Field.BIRTH_DATE, "1901"), new Value(Field.OTHER, "Примечание", "см. дело 12")));
        assertThat(r.unparsed()).extracting(Unparsed::asLiteral)
                .contains("birth-date: 1901", "other: Примечание: см. дело 12");
        assertThat(r.person().birthDate().year()).isEqualTo(1900);
    }

    @Test
    void laterValuesOfSingleValuedFieldsFollowTheOtherTextInTheOrderOfTheFields() {
        VictimRecord r = interpreter.interpret(raw(v(Field.ARREST_DATE, "02.02.1937"), v(Field.BIRTH_DATE, "1900"),
                v(Field.ARREST_DATE, "03.02.1937"), new Value(Field.OTHER, "Примечание", "см. дело 12"),
                v(Field.BIRTH_DATE, "1901"), v(Field.ARREST_DATE, "04.02.1937"), v(Field.BIRTH_DATE, " "),
                v(Field.CHARGES, "58-10"), v(Field.CHARGES, "58-11")));
        assertThat(r.unparsed()).extracting(Unparsed::asLiteral).containsExactly("other: Примечание: см. дело 12",
                "birth-date: 1901", "arrest-date: 03.02.1937", "arrest-date: 04.02.1937");
    }

    @Test
    void anImpossibleDateIsAProblemAndItsTextStays() {
        VictimRecord r = interpreter.interpret(raw(v(Field.SURNAME, "Агеев"), v(Field.ARREST_DATE, "31.02.1937")));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("arrest-date");
            assertThat(p.value()).isEqualTo("31.02.1937");
        });
        RecordedEvent arrest = r.events().get(0);
        assertThat(arrest.type()).isEqualTo(EventType.ARREST);
        assertThat(arrest.date()).isNull();
        assertThat(arrest.dateText()).isEqualTo("31.02.1937");
    }

    @Test
    void chargesGoOnTheSentenceOrOnTheArrestWhenThereIsNoSentence() {
        VictimRecord withSentence = interpreter.interpret(raw(v(Field.ARREST_DATE, "02.02.1937"),
                v(Field.CHARGES, "58-10 УК РСФСР"), v(Field.SENTENCE, "ВМН")));
        assertThat(withSentence.events()).extracting(RecordedEvent::type).containsExactly(EventType.ARREST, EventType.SENTENCE);
        assertThat(withSentence.events().get(0).charges()).isEmpty();
        assertThat(withSentence.events().get(1).charges()).extracting(Concept::localName).containsExactly("58-10");

        VictimRecord arrestOnly = interpreter.interpret(raw(v(Field.ARREST_DATE, "02.02.1937"), v(Field.CHARGES, "58-10")));
        assertThat(arrestOnly.events()).singleElement().satisfies(e -> assertThat(e.charges()).isNotEmpty());
    }

    @Test
    void theDeportationOfAPeopleIsADeportationEventNotASentence() {
        VictimRecord r = interpreter.interpret(raw(v(Field.SENTENCE, "выселена в Казахстан (по нац. признаку)")));
        assertThat(r.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.DEPORTATION);
            assertThat(e.sentenceKind()).isNull();
            assertThat(e.sentenceText()).isEqualTo("выселена в Казахстан (по нац. признаку)");
        });
        assertThat(r.unparsed()).extracting(Unparsed::field).doesNotContain("sentence");
    }

    @Test
    void aConceptTheVocabulariesLackIsKeptAsTextNotWrittenAsAnIri() {
        RecordInterpreter strict = new RecordInterpreter(
                Normalisers.create(Gazetteer.empty(), Gazetteer.empty(), TestConversions.CLOCK), c -> !c.scheme().equals("charge"));
        VictimRecord r = strict.interpret(raw(v(Field.SENTENCE, "ВМН"), v(Field.CHARGES, "58-10")));
        assertThat(r.events().get(0).charges()).isEmpty();
        assertThat(r.events().get(0).chargeText()).isEqualTo("58-10");
        assertThat(r.unparsed()).extracting(Unparsed::field).contains("charges");
    }

    @Test
    void theSourceLocationAndArchiveReferenceAreKept() {
        VictimRecord r = interpreter.interpret(raw(v(Field.SURNAME, "Агеев"), v(Field.SOURCE_ID, " 4920 "),
                v(Field.ARCHIVE_REFERENCE, "РГАСПИ, ф.17, оп.171, д.410, л.156"), v(Field.LINK, "http://stalin.memo.ru/spravki/4920")));
        assertThat(r.source().file()).isEqualTo("f.csv");
        assertThat(r.source().line()).isEqualTo(7);
        assertThat(r.source().sourceIdentifier()).contains("4920");
        assertThat(r.source().reference().flatMap(ArchiveReference::deloNumber)).contains("410");
        assertThat(r.source().onlineLink()).contains("http://stalin.memo.ru/spravki/4920");
    }
}
