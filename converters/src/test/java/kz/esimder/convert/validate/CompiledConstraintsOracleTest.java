package kz.esimder.convert.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import kz.esimder.convert.generate.SyntheticDataGenerator;
import kz.esimder.convert.generate.SyntheticFormat;
import kz.esimder.convert.map.DataIris;
import kz.esimder.convert.map.MappedRecord;
import kz.esimder.convert.map.RecordMapper;
import kz.esimder.convert.map.SourceDescription;
import kz.esimder.convert.pipeline.OntologyResources;
import kz.esimder.convert.pipeline.TestConversions;
import kz.esimder.convert.read.RawRecord;
import kz.esimder.convert.read.ReaderOptions;
import kz.esimder.convert.read.SourceReader;
import kz.esimder.convert.read.SourceReaders;
import kz.esimder.convert.record.Normalisers;
import kz.esimder.convert.record.RecordInterpreter;
import kz.esimder.ontology.Esm;
import kz.esimder.ontology.Vocab;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jena's SHACL engine is the oracle of the compiled constraints: generated records, and the same
 * records systematically broken (a triple dropped, a wrong datatype, a concept of another scheme,
 * a year out of range, an end before its begin, a second value, a term out of range), must get the
 * same verdict and the same (focus, path, message) set from the validator that compiles the shapes
 * and from Jena validating the whole shapes graph.
 */
class CompiledConstraintsOracleTest {
    private static final DataIris IRIS = new DataIris(DataIris.DEFAULT_BASE, "oracle");
    private static final String VOCAB = "https://w3id.org/esimder/vocab/";
    private static final Set<String> DATES = Set.of(XSDDatatype.XSDdate.getURI(), XSDDatatype.XSDgYear.getURI(),
            XSDDatatype.XSDgYearMonth.getURI());

    private static OntologyResources ontology;
    private static RecordValidator compiled;
    private static RecordValidator jena;
    private static MappedRecord source;
    private static List<MappedRecord> generated;

    @BeforeAll
    static void generateRecords(@TempDir Path dir) throws IOException {
        ontology = TestConversions.ontology();
        compiled = new RecordValidator(ontology.shapes(), ontology.reference());
        jena = new RecordValidator(ontology.shapes(), ontology.reference(), false);
        source = new SourceDescription("oracle.txt", "Oracle", false, true, null).map(IRIS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SyntheticDataGenerator().generate(1500, SyntheticFormat.MEMORYBOOK, 17, bytes, n -> { });
        Path file = dir.resolve("oracle.txt");
        Files.write(file, bytes.toByteArray());
        RecordInterpreter interpreter = new RecordInterpreter(Normalisers.create(ontology.places(), ontology.camps(),
                TestConversions.CLOCK), ontology.knownConcepts(), ontology.archives());
        RecordMapper mapper = new RecordMapper(IRIS);
        List<RawRecord> raws = new ArrayList<>();
        try (SourceReader reader = SourceReaders.open(file, ReaderOptions.defaults())) {
            reader.read(raws::add, p -> { });
        }
        generated = raws.stream().map(r -> mapper.map(interpreter.interpret(r))).toList();
    }

    @Test
    void theRealShapesAreCompiledWholeNothingIsLeftToJena() {
        BatchCoreConstraints core = new BatchCoreConstraints(
                new BatchSchemeConstraints(new BatchSparqlConstraints(ontology.shapes()).remainingShapes()).remainingShapes());
        assertThat(core.size()).isGreaterThan(20);
        assertThat(Shapes.parse(core.remainingShapes()).getTargetShapes()).isEmpty();
    }

    @Test
    void aConstraintTheCompilerDoesNotKnowStaysWithJena() {
        Graph shapes = GraphFactory.createGraphMem();
        shapes.getPrefixMapping().setNsPrefixes(ontology.shapes().getPrefixMapping());
        Node shape = NodeFactory.createURI("https://example.org/PatternShape");
        Node sh = NodeFactory.createURI("http://www.w3.org/ns/shacl#PropertyShape");
        shapes.add(Triple.create(shape, RDF.type.asNode(), sh));
        shapes.add(Triple.create(shape, ShapesGraphs.sh("targetClass"), Esm.Person.asNode()));
        shapes.add(Triple.create(shape, ShapesGraphs.sh("path"), Esm.surname.asNode()));
        shapes.add(Triple.create(shape, ShapesGraphs.sh("pattern"), NodeFactory.createLiteralString("^A")));
        shapes.add(Triple.create(shape, ShapesGraphs.MESSAGE, NodeFactory.createLiteralLang("starts with A", "en")));
        BatchCoreConstraints core = new BatchCoreConstraints(shapes);
        assertThat(core.size()).isZero();
        assertThat(Shapes.parse(core.remainingShapes()).getTargetShapes()).hasSize(1);
    }

    @Test
    void generatedRecordsGetTheSameVerdictFromBoth() {
        int invalid = compare(generated);
        assertThat(generated).hasSizeGreaterThan(1000);
        assertThat(invalid).isZero(); // generated records are valid; the mutations below make them not
    }

    @Test
    void mutatedRecordsGetTheSameViolationsFromBoth() {
        Random random = new Random(5);
        Map<String, BiFunction<List<Triple>, Random, List<Triple>>> mutations = new TreeMap<>();
        mutations.put("drop a triple", (t, r) -> {
            List<Triple> out = new ArrayList<>(t);
            out.remove(r.nextInt(out.size()));
            return out;
        });
        mutations.put("wrong datatype", (t, r) -> replaceLiteral(t, r, x -> true,
                x -> NodeFactory.createLiteralString(x.getLiteralLexicalForm())));
        mutations.put("ill-formed literal", (t, r) -> replaceLiteral(t, r, x -> x.getLiteralDatatype() != XSDDatatype.XSDstring,
                x -> NodeFactory.createLiteralDT("x" + x.getLiteralLexicalForm(), x.getLiteralDatatype())));
        mutations.put("year out of range", (t, r) -> replaceLiteral(t, r, x -> DATES.contains(x.getLiteralDatatypeURI()),
                x -> NodeFactory.createLiteralDT((r.nextBoolean() ? "1850" : "2999") + x.getLiteralLexicalForm().substring(4),
                        x.getLiteralDatatype())));
        mutations.put("term out of range", (t, r) -> replaceLiteral(t, r,
                x -> x.getLiteralDatatype() == XSDDatatype.XSDdecimal || x.getLiteralDatatype() == XSDDatatype.XSDinteger,
                x -> NodeFactory.createLiteralDT(r.nextBoolean() ? "-3" : "40", x.getLiteralDatatype())));
        Node[] strangers = {Vocab.concept(Vocab.ORGAN, "nkvd-troika").asNode(), Vocab.concept(Vocab.CHARGE, "58-10").asNode(),
            Vocab.concept(Vocab.PLACE, "karaganda-oblast").asNode(), Vocab.concept(Vocab.EVENT_TYPE, "arrest").asNode()};
        mutations.put("concept of another scheme", (t, r) -> {
            List<Integer> at = indexes(t, x -> x.getObject().isURI() && x.getObject().getURI().startsWith(VOCAB));
            List<Triple> out = new ArrayList<>(t);
            if (!at.isEmpty()) {
                Triple x = out.get(at.get(r.nextInt(at.size())));
                out.set(out.indexOf(x), Triple.create(x.getSubject(), x.getPredicate(), strangers[r.nextInt(strangers.length)]));
            }
            return out;
        });
        mutations.put("end before begin", (t, r) -> {
            List<Triple> out = new ArrayList<>();
            for (Triple x : t) {
                Node o = x.getObject();
                if (x.getPredicate().equals(Esm.dateEnd.asNode())) {
                    String lex = o.getLiteralLexicalForm();
                    o = NodeFactory.createLiteralDT((Integer.parseInt(lex.substring(0, 4)) - 1) + lex.substring(4),
                            o.getLiteralDatatype());
                }
                out.add(Triple.create(x.getSubject(), x.getPredicate(), o));
            }
            return out;
        });
        mutations.put("second value", (t, r) -> {
            List<Triple> out = new ArrayList<>(t);
            Triple x = out.get(r.nextInt(out.size()));
            Node other = x.getObject().isLiteral()
                    ? NodeFactory.createLiteralDT(x.getObject().getLiteralLexicalForm().replace('1', '2'), x.getObject().getLiteralDatatype())
                    : strangers[r.nextInt(strangers.length)];
            out.add(Triple.create(x.getSubject(), x.getPredicate(), other));
            return out;
        });
        mutations.put("a type dropped", (t, r) -> {
            List<Integer> at = indexes(t, x -> x.getPredicate().equals(RDF.type.asNode()));
            List<Triple> out = new ArrayList<>(t);
            out.remove((int) at.get(r.nextInt(at.size())));
            return out;
        });
        for (Map.Entry<String, BiFunction<List<Triple>, Random, List<Triple>>> m : mutations.entrySet()) {
            List<MappedRecord> mutated = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                MappedRecord r = generated.get(random.nextInt(generated.size()));
                // Some records unchanged among the mutated: a batch blames only those that fail.
                mutated.add(i % 4 == 0 ? r : new MappedRecord(r.graphName(), m.getValue().apply(r.triples(), random)));
            }
            int invalid = compare(mutated);
            assertThat(invalid).as(m.getKey() + ": some mutated records must be invalid").isGreaterThan(20);
        }
    }

    /** Validates in batches with both validators; asserts the same result; returns how many records failed. */
    private static int compare(List<MappedRecord> records) {
        int invalid = 0;
        for (int from = 0; from < records.size(); from += 64) {
            List<MappedRecord> batch = records.subList(from, Math.min(records.size(), from + 64));
            Map<Integer, Set<Violation>> expected = asSets(jena.validateBatch(batch, source));
            Map<Integer, Set<Violation>> actual = asSets(compiled.validateBatch(batch, source));
            assertThat(actual).as("batch from record %d", from).isEqualTo(expected);
            invalid += expected.size();
        }
        return invalid;
    }

    private static Map<Integer, Set<Violation>> asSets(Map<Integer, List<Violation>> byRecord) {
        Map<Integer, Set<Violation>> out = new HashMap<>();
        byRecord.forEach((i, v) -> out.put(i, new HashSet<>(v)));
        return out;
    }

    private static List<Integer> indexes(List<Triple> t, java.util.function.Predicate<Triple> which) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (which.test(t.get(i))) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<Triple> replaceLiteral(List<Triple> t, Random r, java.util.function.Predicate<Node> which,
                                               java.util.function.Function<Node, Node> how) {
        List<Integer> at = indexes(t, x -> x.getObject().isLiteral() && which.test(x.getObject()));
        List<Triple> out = new ArrayList<>(t);
        if (!at.isEmpty()) {
            int i = at.get(r.nextInt(at.size()));
            Triple x = out.get(i);
            out.set(i, Triple.create(x.getSubject(), x.getPredicate(), how.apply(x.getObject())));
        }
        return out;
    }
}
