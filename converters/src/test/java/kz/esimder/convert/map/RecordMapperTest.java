package kz.esimder.convert.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import kz.esimder.convert.normalise.FuzzyDate;
import kz.esimder.convert.record.ArchiveReference;
import kz.esimder.convert.record.Concept;
import kz.esimder.convert.record.EventType;
import kz.esimder.convert.record.RecordProblem;
import kz.esimder.convert.record.RecordedEvent;
import kz.esimder.convert.record.RecordedPerson;
import kz.esimder.convert.record.SourceLocation;
import kz.esimder.convert.record.Unparsed;
import kz.esimder.convert.record.VictimRecord;
import kz.esimder.convert.pipeline.TestOntology;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

/** The mapping of one hand-built record, compared as a graph with a hand-written expectation. */
class RecordMapperTest {
    private static final String SOURCE_TEXT = "Агеев Василий Иванович\nРод. в 1900 …";

    static VictimRecord ageev() {
        RecordedPerson person = RecordedPerson.builder()
                .nameAsWritten("АГЕЕВ Василий Иванович").label("Агеев Василий Иванович")
                .surname("Агеев").givenName("Василий").patronymic("Иванович")
                .gender(Concept.of("gender", "male"))
                .birthDate(FuzzyDate.ofYear(1900, "1900")).birthDateText("1900")
                .birthPlaceText("Могилевская обл., Бельничинский р-н, Бельничи")
                .nationality(Concept.of("nationality", "belarusian")).nationalityText("белорус")
                .education("высшее").occupation("Начальник рудника")
                .residenceText("Восточно-Казахстанская обл., Риддер")
                .build();
        RecordedEvent arrest = RecordedEvent.builder(EventType.ARREST)
                .date(FuzzyDate.ofDay(1937, 2, 2, "02.02.1937")).dateText("02.02.1937").build();
        RecordedEvent sentence = RecordedEvent.builder(EventType.SENTENCE)
                .date(FuzzyDate.ofDay(1937, 10, 3, "03.10.1937")).dateText("03.10.1937")
                .organ(Concept.of("organ", "supreme-court-ussr")).organKind(Concept.of("organ-kind", "court"))
                .organText("Верховный суд СССР")
                .charge(Concept.of("charge", "58-1a")).charge(Concept.of("charge", "58-7"))
                .chargeText("58-1а, 58-7 УК РСФСР")
                .sentenceKind(Concept.of("sentence-kind", "death")).sentenceText("ВМН").build();
        RecordedEvent rehabilitation = RecordedEvent.builder(EventType.REHABILITATION)
                .date(FuzzyDate.ofMonth(1957, 10, "октябрь 1957")).dateText("октябрь 1957")
                .legalBasis(Concept.of("rehabilitation-basis", "no-corpus-delicti"))
                .legalBasisText("за отсутствием состава преступления").build();
        SourceLocation source = new SourceLocation("cards.csv", 2, SOURCE_TEXT, "4920", "http://stalin.memo.ru/spravki/4920",
                ArchiveReference.parse("РГАСПИ, ф.17, оп.171, д.410, л.156"), "Сведения ДКНБ РК по г.Алматы");
        return new VictimRecord(source, person, List.of(arrest, sentence, rehabilitation),
                List.of(new Unparsed("occupation", "??")), List.of(new RecordProblem("birth-date", "x", "y")));
    }

    @Test
    void aRecordMapsToTheTriplesOfTheModel() {
        DataIris iris = new DataIris("http://localhost:8080/", "cards");
        MappedRecord mapped = new RecordMapper(iris).map(ageev());

        DatasetGraph expected = RDFParser.source(getClass().getResource("/golden/mapper-ageev.trig").toString()).toDatasetGraph();
        Node graph = iris.graph();
        assertThat(mapped.graphName()).isEqualTo(graph);
        Graph actual = mapped.asGraph();
        Graph want = expected.getGraph(graph);
        assertThat(actual.isIsomorphicWith(want))
                .as("mapped:\n%s", org.apache.jena.riot.RDFWriter.source(actual).lang(org.apache.jena.riot.Lang.TTL).asString())
                .isTrue();
    }

    @Test
    void mappingTwiceGivesTheSameTriplesInTheSameOrder() {
        DataIris iris = new DataIris("http://localhost:8080/", "cards");
        assertThat(new RecordMapper(iris).map(ageev()).triples()).isEqualTo(new RecordMapper(iris).map(ageev()).triples());
    }

    @Test
    void theMappedRecordConformsToTheShapes() {
        DataIris iris = new DataIris("http://localhost:8080/", "cards");
        var ontology = TestOntology.load();
        var validator = new kz.esimder.convert.validate.RecordValidator(ontology.shapes(), ontology.reference());
        MappedRecord source = new SourceDescription("cards.csv", "Cards", false, false, null).map(iris);
        assertThat(validator.validate(new RecordMapper(iris).map(ageev()), source)).isEmpty();
    }

    @Test
    void aTermOutsideZeroToTwentyFiveCannotBeBuilt() {
        var b = RecordedEvent.builder(EventType.SENTENCE).termYears(new BigDecimal("30"));
        org.assertj.core.api.Assertions.assertThatThrownBy(b::build).hasMessageContaining("30");
    }
}
