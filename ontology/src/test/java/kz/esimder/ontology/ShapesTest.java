package kz.esimder.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shapes accept the example dataset and its valid variations, and reject each broken variation
 * with exactly the rule it breaks (sh:sourceShape), saying so in English and Russian.
 */
class ShapesTest {
    private static final String ESH = "https://w3id.org/esimder/shapes#";
    private static final Shapes SHAPES = OntologyFiles.shapes();
    private static final Model VOCABULARIES = OntologyFiles.vocabularies();
    private static final Property WAS_DERIVED_FROM = ResourceOf.property("http://www.w3.org/ns/prov#wasDerivedFrom");

    // Subjects of the example dataset.
    private static final Resource AGEEV = ResourceOf.id("person/stalin-lists-2");
    private static final Resource AGEEV_RECORD = ResourceOf.id("record/stalin-lists-2");
    private static final Resource ARREST = ResourceOf.id("event/stalin-lists-2-1");
    private static final Resource SENTENCE = ResourceOf.id("event/stalin-lists-2-2");
    private static final Resource REHABILITATION = ResourceOf.id("event/stalin-lists-2-3");
    private static final Resource SOURCE = ResourceOf.id("source/stalin-lists");

    @Test
    void theExampleDatasetConforms() {
        ValidationReport report = validate(m -> {});
        assertThat(report.conforms()).as(() -> describe(report)).isTrue();
    }

    static Stream<Arguments> validVariations() {
        return Stream.of(
                Arguments.of("a person known only by the text of its record", change(m -> {
                    m.removeAll(AGEEV, RDFS.label, null).removeAll(AGEEV, Esm.nameAsWritten, null).removeAll(AGEEV, Esm.surname, null);
                })),
                Arguments.of("a date at month precision", change(m -> setDate(m, ARREST, "1937-02", XSDDatatype.XSDgYearMonth, "1937-02-01", "1937-02-28"))),
                Arguments.of("a date of today", change(m -> {
                    String today = LocalDate.now().toString();
                    setDate(m, REHABILITATION, today, XSDDatatype.XSDdate, today, today);
                })),
                Arguments.of("a legal basis from the normative-act scheme", change(m -> replace(m, REHABILITATION, Esm.legalBasis, Vocab.concept(Vocab.NORMATIVE_ACT, "nkvd-order-00447")))),
                Arguments.of("a term of 0 years", change(m -> m.add(SENTENCE, Esm.termYears, m.createTypedLiteral("0", XSDDatatype.XSDdecimal)))),
                Arguments.of("a term of 25 years", change(m -> m.add(SENTENCE, Esm.termYears, m.createTypedLiteral("25", XSDDatatype.XSDdecimal)))),
                Arguments.of("an event without a date", change(m -> m.removeAll(ARREST, Esm.date, null).removeAll(ARREST, Esm.dateBegin, null).removeAll(ARREST, Esm.dateEnd, null))));
    }

    @ParameterizedTest(name = "accepts {0}")
    @MethodSource("validVariations")
    void acceptsValidVariations(String what, Consumer<Model> change) {
        ValidationReport report = validate(change);
        assertThat(report.conforms()).as(() -> describe(report)).isTrue();
    }

    static Stream<Arguments> brokenRules() {
        String nextYear = String.valueOf(LocalDate.now().getYear() + 1);
        return Stream.of(
                Arguments.of("PersonHasName", "a person with neither a name nor a record text", change(m -> {
                    m.removeAll(AGEEV, RDFS.label, null).removeAll(AGEEV, Esm.nameAsWritten, null).removeAll(AGEEV, Esm.surname, null);
                    m.removeAll(AGEEV_RECORD, Esm.verbatim, null);
                })),
                Arguments.of("PersonHasSource", "a person derived from no record", change(m -> m.removeAll(AGEEV, WAS_DERIVED_FROM, null))),
                Arguments.of("PersonBirthDateWellFormed", "a birth date that is not a date", change(m -> replace(m, AGEEV, Esm.birthDate, m.createLiteral("около 1900")))),
                Arguments.of("PersonBirthDateInRange", "a birth date before 1800", change(m -> replace(m, AGEEV, Esm.birthDate, m.createTypedLiteral("1799", XSDDatatype.XSDgYear)))),
                Arguments.of("PersonBirthYearInRange", "a birth year that is a string", change(m -> replace(m, AGEEV, Esm.birthYear, m.createLiteral("1900")))),
                Arguments.of("PersonFamilyMember", "a family member that is a record", change(m -> m.add(AGEEV, Esm.familyMemberOf, AGEEV_RECORD))),
                Arguments.of("PersonGenderInScheme", "two genders", change(m -> m.add(AGEEV, Esm.gender, Vocab.concept(Vocab.GENDER, "female")))),
                Arguments.of("PersonNationalityInScheme", "a nationality from the gender scheme", change(m -> replace(m, AGEEV, Esm.nationality, Vocab.concept(Vocab.GENDER, "male")))),
                Arguments.of("PersonPlaceInScheme", "a residence that is an organ", change(m -> replace(m, AGEEV, Esm.residence, Vocab.concept(Vocab.ORGAN, "mgb")))),
                Arguments.of("EventHasType", "an event without a type", change(m -> m.removeAll(ARREST, Esm.eventType, null))),
                Arguments.of("EventHasType", "an event with two types", change(m -> m.add(ARREST, Esm.eventType, Vocab.concept(Vocab.EVENT_TYPE, "execution")))),
                Arguments.of("EventTypeInScheme", "an event type from the organ-kind scheme", change(m -> replace(m, ARREST, Esm.eventType, Vocab.concept(Vocab.ORGAN_KIND, "troika")))),
                Arguments.of("EventTypeInScheme", "an event type no vocabulary defines", change(m -> replace(m, ARREST, Esm.eventType, Vocab.concept(Vocab.EVENT_TYPE, "arest")))),
                Arguments.of("EventHasPerson", "an event without a person", change(m -> m.removeAll(ARREST, Esm.person, null))),
                Arguments.of("EventHasSource", "an event derived from no record", change(m -> m.removeAll(ARREST, WAS_DERIVED_FROM, null))),
                Arguments.of("EventDateWellFormed", "an ill-formed date", change(m -> replace(m, ARREST, Esm.date, m.createTypedLiteral("1937-02-30", XSDDatatype.XSDdate)))),
                Arguments.of("EventDateWellFormed", "a date as a plain string", change(m -> replace(m, ARREST, Esm.date, m.createLiteral("02.02.1937")))),
                Arguments.of("EventDateInRange", "a date before 1900", change(m -> replace(m, ARREST, Esm.date, m.createTypedLiteral("1899", XSDDatatype.XSDgYear)))),
                Arguments.of("EventDateInRange", "a date after today", change(m -> setDate(m, REHABILITATION, nextYear, XSDDatatype.XSDgYear, nextYear + "-01-01", nextYear + "-12-31"))),
                Arguments.of("EventDateBounds", "a begin after the end", change(m -> replace(m, ARREST, Esm.dateBegin, m.createTypedLiteral("1937-02-03", XSDDatatype.XSDdate)))),
                Arguments.of("EventDateEnd", "two ends", change(m -> m.add(ARREST, Esm.dateEnd, m.createTypedLiteral("1937-02-03", XSDDatatype.XSDdate)))),
                Arguments.of("EventDateBoundsGiven", "a date without its bounds", change(m -> m.removeAll(ARREST, Esm.dateBegin, null).removeAll(ARREST, Esm.dateEnd, null))),
                Arguments.of("EventDatePrecisionInScheme", "a precision from the sentence-kind scheme", change(m -> replace(m, ARREST, Esm.datePrecision, Vocab.concept(Vocab.SENTENCE_KIND, "death")))),
                Arguments.of("EventSequence", "a sequence of 0", change(m -> replace(m, ARREST, Esm.sequence, m.createTypedLiteral(0)))),
                Arguments.of("EventTermYears", "a term of 30 years", change(m -> m.add(SENTENCE, Esm.termYears, m.createTypedLiteral("30", XSDDatatype.XSDdecimal)))),
                Arguments.of("EventTermYears", "a negative term", change(m -> m.add(SENTENCE, Esm.termYears, m.createTypedLiteral("-1", XSDDatatype.XSDdecimal)))),
                Arguments.of("EventTermYears", "a term as text", change(m -> m.add(SENTENCE, Esm.termYears, m.createLiteral("10 лет")))),
                Arguments.of("EventOrganInScheme", "an organ from the place scheme", change(m -> replace(m, SENTENCE, Esm.organ, Vocab.concept(Vocab.PLACE, "karaganda")))),
                Arguments.of("EventOrganKindInScheme", "an organ kind no vocabulary defines", change(m -> replace(m, SENTENCE, Esm.organKind, Vocab.concept(Vocab.ORGAN_KIND, "pyaterka")))),
                Arguments.of("EventChargeInScheme", "a charge from the nationality scheme", change(m -> m.add(SENTENCE, Esm.charge, Vocab.concept(Vocab.NATIONALITY, "german")))),
                Arguments.of("EventSentenceKindInScheme", "a sentence kind from the event-type scheme", change(m -> replace(m, SENTENCE, Esm.sentenceKind, Vocab.concept(Vocab.EVENT_TYPE, "exile")))),
                Arguments.of("EventCampInScheme", "a camp from the place scheme", change(m -> m.add(SENTENCE, Esm.camp, Vocab.concept(Vocab.PLACE, "karaganda-city")))),
                Arguments.of("EventNormativeActInScheme", "a normative act from the rehabilitation-basis scheme", change(m -> m.add(SENTENCE, Esm.normativeAct, Vocab.concept(Vocab.REHABILITATION_BASIS, "kz-1993-04-14")))),
                Arguments.of("EventPlaceInScheme", "an event place that is a camp", change(m -> replace(m, SENTENCE, Esm.place, Vocab.concept(Vocab.CAMP, "karlag")))),
                Arguments.of("EventLegalBasisInScheme", "a legal basis that is an organ", change(m -> replace(m, REHABILITATION, Esm.legalBasis, Vocab.concept(Vocab.ORGAN, "prosecutor")))),
                Arguments.of("RecordInSource", "a record in no source", change(m -> m.removeAll(AGEEV_RECORD, Esm.inSource, null))),
                Arguments.of("RecordFile", "a record without its file", change(m -> m.removeAll(AGEEV_RECORD, Esm.file, null))),
                Arguments.of("RecordLine", "a record at line 0", change(m -> replace(m, AGEEV_RECORD, Esm.line, m.createTypedLiteral(0)))),
                Arguments.of("RecordLine", "a record without its line", change(m -> m.removeAll(AGEEV_RECORD, Esm.line, null))),
                Arguments.of("RecordArchiveInScheme", "a record archive from the camp scheme", change(m -> replace(m, AGEEV_RECORD, Esm.archive, Vocab.concept(Vocab.CAMP, "karlag")))),
                Arguments.of("SourceFile", "a source without its file", change(m -> m.removeAll(SOURCE, Esm.file, null))),
                Arguments.of("SourceFlags", "a restricted flag that is not a boolean", change(m -> m.add(SOURCE, Esm.restricted, m.createLiteral("yes")))),
                Arguments.of("SourceArchiveInScheme", "a source archive no vocabulary defines", change(m -> replace(m, SOURCE, Esm.archive, Vocab.concept(Vocab.ARCHIVE, "nowhere")))));
    }

    @ParameterizedTest(name = "{0}: rejects {1}")
    @MethodSource("brokenRules")
    void rejectsWithTheRuleBroken(String rule, String what, Consumer<Model> change) {
        ValidationReport report = validate(change);
        assertThat(report.conforms()).as("%s must not conform", what).isFalse();
        Set<String> broken = new TreeSet<>();
        report.getEntries().forEach(e -> broken.add(e.source().getURI()));
        assertThat(broken).as(() -> describe(report)).containsExactly(ESH + rule);
        for (ReportEntry entry : report.getEntries()) {
            Set<String> languages = new TreeSet<>();
            entry.messages().stream().filter(Node::isLiteral).forEach(n -> languages.add(n.getLiteralLanguage()));
            assertThat(languages).as("messages of %s", rule).contains("en", "ru");
        }
    }

    @Test
    void everyRuleHasAnEnglishAndRussianMessageAndIsTested() {
        Model shapes = ModelFactory.createModelForGraph(OntologyFiles.shapesGraph());
        Property message = shapes.createProperty("http://www.w3.org/ns/shacl#message");
        Property targetClass = shapes.createProperty("http://www.w3.org/ns/shacl#targetClass");
        Set<String> rules = new TreeSet<>();
        shapes.listSubjectsWithProperty(targetClass).forEachRemaining(r -> {
            assertThat(Labels.languagesOf(r, message)).as(r.getLocalName()).contains("en", "ru");
            rules.add(r.getLocalName());
        });
        Set<String> tested = new TreeSet<>();
        brokenRules().forEach(a -> tested.add((String) a.get()[0]));
        assertThat(tested).containsExactlyInAnyOrderElementsOf(rules);
    }

    private static ValidationReport validate(Consumer<Model> change) {
        Model data = ExampleData.union();
        change.accept(data);
        data.add(VOCABULARIES);
        return ShaclValidator.get().validate(SHAPES, data.getGraph());
    }

    private static Consumer<Model> change(Consumer<Model> change) {
        return change;
    }

    private static void replace(Model m, Resource subject, Property property, RDFNode value) {
        m.removeAll(subject, property, null);
        m.add(subject, property, value);
    }

    private static void setDate(Model m, Resource event, String value, XSDDatatype type, String begin, String end) {
        replace(m, event, Esm.date, m.createTypedLiteral(value, type));
        replace(m, event, Esm.dateBegin, m.createTypedLiteral(begin, XSDDatatype.XSDdate));
        replace(m, event, Esm.dateEnd, m.createTypedLiteral(end, XSDDatatype.XSDdate));
    }

    private static String describe(ValidationReport report) {
        StringBuilder text = new StringBuilder();
        report.getEntries().forEach(e -> text.append(e.source()).append(" ").append(e.focusNode()).append(" ").append(e.message()).append('\n'));
        return text.toString();
    }

    /** IRIs of the example dataset. */
    private static final class ResourceOf {
        static Resource id(String path) { return org.apache.jena.rdf.model.ResourceFactory.createResource(ExampleData.ID + path); }
        static Property property(String uri) { return org.apache.jena.rdf.model.ResourceFactory.createProperty(uri); }
    }
}
