package kz.esimder.convert.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.esimder.convert.map.DataIris;
import kz.esimder.convert.map.MappedRecord;
import kz.esimder.convert.map.SourceDescription;
import kz.esimder.convert.pipeline.OntologyResources;
import kz.esimder.convert.pipeline.TestConversions;
import kz.esimder.ontology.Esm;
import kz.esimder.ontology.Vocab;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The real shapes (ontology/shapes.ttl), record by record and in batches. */
class RecordValidatorTest {
    private static final DataIris IRIS = new DataIris("http://localhost:8080/", "t");
    private static final Node PROV = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    private final OntologyResources ontology = TestConversions.ontology();
    private final RecordValidator validator = new RecordValidator(ontology.shapes(), ontology.reference());
    private final MappedRecord source = new SourceDescription("t.txt", "T", false, false, null).map(IRIS);

    /** A record with one event dated {@code date} (xsd:gYear), with or without its bounds. */
    private static MappedRecord record(long line, String year, boolean bounds) {
        List<Triple> t = new ArrayList<>();
        Node rec = IRIS.record(line);
        Node person = IRIS.person(line);
        Node event = IRIS.event(line, 1);
        t.add(Triple.create(rec, RDF.type.asNode(), Esm.SourceRecord.asNode()));
        t.add(Triple.create(rec, Esm.inSource.asNode(), IRIS.source()));
        t.add(Triple.create(rec, Esm.file.asNode(), NodeFactory.createLiteralString("t.txt")));
        t.add(Triple.create(rec, Esm.line.asNode(), NodeFactory.createLiteralDT(Long.toString(line), XSDDatatype.XSDinteger)));
        t.add(Triple.create(rec, Esm.verbatim.asNode(), NodeFactory.createLiteralString("text")));
        t.add(Triple.create(person, RDF.type.asNode(), Esm.Person.asNode()));
        t.add(Triple.create(person, PROV, rec));
        t.add(Triple.create(event, RDF.type.asNode(), Esm.RepressionEvent.asNode()));
        t.add(Triple.create(event, Esm.person.asNode(), person));
        t.add(Triple.create(event, Esm.eventType.asNode(), Vocab.concept(Vocab.EVENT_TYPE, "arrest").asNode()));
        t.add(Triple.create(event, PROV, rec));
        t.add(Triple.create(event, Esm.date.asNode(), NodeFactory.createLiteralDT(year, XSDDatatype.XSDgYear)));
        if (bounds) {
            t.add(Triple.create(event, Esm.dateBegin.asNode(), NodeFactory.createLiteralDT(year + "-01-01", XSDDatatype.XSDdate)));
            t.add(Triple.create(event, Esm.dateEnd.asNode(), NodeFactory.createLiteralDT(year + "-12-31", XSDDatatype.XSDdate)));
        }
        return new MappedRecord(IRIS.graph(), t);
    }

    @Test
    void aGoodRecordConforms() {
        assertThat(validator.validateSource(source)).isEmpty();
        assertThat(validator.validate(record(1, "1937", true), source)).isEmpty();
    }

    @Test
    void sparqlConstraintsStillApplyWhenRunOncePerBatch() {
        List<Violation> early = validator.validate(record(1, "1850", false), source);
        assertThat(early).extracting(Violation::message)
                .contains("esm:date lies between 1900 and today", "An event with esm:date also has esm:dateBegin and esm:dateEnd");
    }

    @Test
    void aBatchBlamesOnlyTheRecordThatFails() {
        List<MappedRecord> batch = List.of(record(1, "1937", true), record(5, "1850", true), record(9, "1938", true));
        Map<Integer, List<Violation>> result = validator.validateBatch(batch, source);
        assertThat(result).containsOnlyKeys(1);
        assertThat(result.get(1)).extracting(Violation::message).contains("esm:date lies between 1900 and today");
        assertThat(result.get(1)).allSatisfy(v -> assertThat(v.focus()).isEqualTo(IRIS.event(5, 1)));
    }

    @Test
    void aConceptOfTheWrongSchemeIsAViolationWithTheShapesMessage() {
        List<Triple> t = new ArrayList<>(record(1, "1937", true).triples());
        t.add(Triple.create(IRIS.event(1, 1), Esm.charge.asNode(), Vocab.concept(Vocab.ORGAN, "nkvd-troika").asNode()));
        List<Violation> v = validator.validate(new MappedRecord(IRIS.graph(), t), source);
        assertThat(v).extracting(Violation::message).contains("esm:charge must be a concept of the charge scheme");
    }

    @Test
    void schemeChecksRunPerBatchBlameTheRightRecordForEveryFormTheShapesUse() {
        Node troika = Vocab.concept(Vocab.ORGAN, "nkvd-troika").asNode();
        List<Triple> wrongPlace = new ArrayList<>(record(5, "1937", true).triples());
        wrongPlace.add(Triple.create(IRIS.event(5, 1), Esm.destination.asNode(), troika)); // an sh:alternativePath
        List<Triple> wrongBasis = new ArrayList<>(record(9, "1937", true).triples());
        wrongBasis.add(Triple.create(IRIS.event(9, 1), Esm.legalBasis.asNode(), troika)); // an sh:or of two schemes
        List<Triple> goodBasis = new ArrayList<>(record(1, "1937", true).triples());
        goodBasis.add(Triple.create(IRIS.event(1, 1), Esm.legalBasis.asNode(),
                Vocab.concept(Vocab.REHABILITATION_BASIS, "no-corpus-delicti").asNode()));
        Map<Integer, List<Violation>> result = validator.validateBatch(List.of(new MappedRecord(IRIS.graph(), goodBasis),
                new MappedRecord(IRIS.graph(), wrongPlace), new MappedRecord(IRIS.graph(), wrongBasis)), source);
        assertThat(result).containsOnlyKeys(1, 2);
        assertThat(result.get(1)).extracting(Violation::message)
                .containsExactly("esm:place, esm:destination and esm:organRegion must be a concept of the place scheme");
        assertThat(result.get(2)).extracting(Violation::message)
                .containsExactly("esm:legalBasis must be a concept of the rehabilitation-basis or normative-act scheme");
    }

    @Test
    void theSchemeChecksAreTakenOutOfTheShapesJenaRuns() {
        BatchSchemeConstraints schemes = new BatchSchemeConstraints(ontology.shapes());
        Node node = NodeFactory.createURI("http://www.w3.org/ns/shacl#node");
        Node or = NodeFactory.createURI("http://www.w3.org/ns/shacl#or");
        Node charge = NodeFactory.createURI("https://w3id.org/esimder/shapes#EventChargeInScheme");
        Node basis = NodeFactory.createURI("https://w3id.org/esimder/shapes#EventLegalBasisInScheme");
        assertThat(ontology.shapes().contains(charge, node, Node.ANY)).isTrue();
        assertThat(ontology.shapes().contains(basis, or, Node.ANY)).isTrue();
        assertThat(schemes.remainingShapes().contains(charge, node, Node.ANY)).isFalse();
        assertThat(schemes.remainingShapes().contains(basis, or, Node.ANY)).isFalse();
        // Only the scheme check went: the shape's other constraints and its message stay with Jena.
        assertThat(schemes.remainingShapes().contains(charge, NodeFactory.createURI("http://www.w3.org/ns/shacl#path"),
                Node.ANY)).isTrue();
    }
}
