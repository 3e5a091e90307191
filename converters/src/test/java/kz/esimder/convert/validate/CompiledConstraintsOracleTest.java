package kz.esimder.convert.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
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
        assertThat(new BatchSparqlConstraints(ontology.shapes()).compiled()).as("the three SPARQL constraints").isEqualTo(3);
    }

    @Test
    void theSparqlFormsAreReadNotHardCodedAndANearMissStaysWithJena() {
        String range = """
                SELECT $this ?value WHERE {
                    $this esm:dateEnd ?value .
                    BIND (SUBSTR(STR(?value), 1, 10) AS ?lexical)
                    BIND (SUBSTR(STR(NOW()), 1, 10) AS ?today)
                    FILTER (DATATYPE(?value) IN (xsd:date, xsd:gYearMonth, xsd:gYear))
                    FILTER (xsd:integer(SUBSTR(?lexical, 1, 4)) < %s || ?lexical > ?today)
                }""";
        String companions = "SELECT $this ?value WHERE { $this esm:dateEnd ?value . FILTER NOT EXISTS { $this %s } }";
        assertThat(sparqlShape(range.formatted("1938")).compiled()).isEqualTo(1);
        assertThat(sparqlShape(companions.formatted("esm:dateBegin ?b")).compiled()).isEqualTo(1);
        assertThat(sparqlShape(companions.formatted("esm:dateBegin ?b ; esm:place ?p ; esm:organ ?o")).compiled()).isEqualTo(1);
        // Not the forms: another comparison, another filter, a correlated NOT EXISTS, a modifier.
        assertThat(sparqlShape(range.formatted("1938").replace("< 1938", "<= 1938")).compiled()).isZero();
        assertThat(sparqlShape(range.formatted("1938").replace("?lexical > ?today", "?lexical >= ?today")).compiled()).isZero();
        assertThat(sparqlShape(range.formatted("1938").replace("}", "FILTER (isLiteral(?value)) }")).compiled()).isZero();
        assertThat(sparqlShape(companions.formatted("esm:dateBegin ?value")).compiled()).isZero();
        assertThat(sparqlShape(companions.formatted("esm:dateBegin ?b") + " LIMIT 1").compiled()).isZero();

        // Compiled or not, the verdicts are Jena's: an end in 1937 is before 1938; the near miss runs in Jena.
        List<MappedRecord> batch = generated.subList(0, 200);
        for (String select : List.of(range.formatted("1938"), range.formatted("1938").replace("< 1938", "<= 1937"),
                companions.formatted("esm:dateBegin ?b ; esm:place ?p"), companions.formatted("esm:place ?value"))) {
            Graph shapes = sparqlShapesGraph(select);
            Map<Integer, Set<Violation>> expected = asSets(new RecordValidator(shapes, ontology.reference(), false)
                    .validateBatch(batch, source));
            Map<Integer, Set<Violation>> actual = asSets(new RecordValidator(shapes, ontology.reference()).validateBatch(batch, source));
            assertThat(expected).as(select).isNotEmpty();
            assertThat(actual).as(select).isEqualTo(expected);
        }
    }

    /** A shapes graph of one SPARQL constraint on events, with the prefixes shapes.ttl declares. */
    private static Graph sparqlShapesGraph(String select) {
        String ttl = """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix esh: <https://w3id.org/esimder/shapes#> .
                esh:Probe a sh:NodeShape ;
                    sh:targetClass <https://w3id.org/esimder/ontology#RepressionEvent> ;
                    sh:sparql [ a sh:SPARQLConstraint ; sh:prefixes <https://w3id.org/esimder/shapes> ; sh:select \"\"\"%s\"\"\" ] ;
                    sh:message "probe"@en .
                """.formatted(select);
        Graph g = RDFParser.fromString(ttl, Lang.TURTLE).toGraph();
        // the prefix declarations of shapes.ttl (its sh:declare triples)
        Node declarations = NodeFactory.createURI("https://w3id.org/esimder/shapes");
        ontology.shapes().find().forEachRemaining(t -> {
            if (t.getSubject().equals(declarations) || t.getSubject().isBlank()
                    && ontology.shapes().contains(declarations, ShapesGraphs.sh("declare"), t.getSubject())) {
                g.add(t);
            }
        });
        return g;
    }

    private static BatchSparqlConstraints sparqlShape(String select) {
        return new BatchSparqlConstraints(sparqlShapesGraph(select));
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
        addDateMutations(mutations);
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

    /**
     * What the three SPARQL constraints of shapes.ttl judge: a date before 1800 (births) or 1900
     * (events) or after today, each next to the boundary it must not cross; dates that are not plain
     * digits (a time zone, a sign, five digits: left to Jena by the compiled form); impossible dates;
     * an event whose esm:date lost its esm:dateBegin, esm:dateEnd or both.
     */
    private static void addDateMutations(Map<String, BiFunction<List<Triple>, Random, List<Triple>>> mutations) {
        LocalDate today = LocalDate.now();
        mutations.put("date before the first year or on it", (t, r) -> replaceLiteral(t, r, x -> DATES.contains(x.getLiteralDatatypeURI()),
                x -> withYear(x, r.nextInt(3) == 0 ? "1800" : r.nextBoolean() ? "1799" : "1899")));
        mutations.put("date after today or on it", (t, r) -> replaceLiteral(t, r, x -> DATES.contains(x.getLiteralDatatypeURI()), x -> {
            LocalDate d = r.nextBoolean() ? today : today.plusDays(r.nextBoolean() ? 1 : 400);
            String lexical = switch (x.getLiteralLexicalForm().length()) {
                case 4 -> String.valueOf(d.getYear());
                case 7 -> d.toString().substring(0, 7);
                default -> d.toString();
            };
            return NodeFactory.createLiteralDT(lexical, x.getLiteralDatatype());
        }));
        String[] odd = {"%sZ", "-%s", "+%s", "%s+06:00", "0%s", " %s", "%s\uD83D\uDE00", "١٩٣٧"};
        mutations.put("date Jena decides", (t, r) -> replaceLiteral(t, r, x -> DATES.contains(x.getLiteralDatatypeURI()),
                x -> NodeFactory.createLiteralDT(odd[r.nextInt(odd.length)].formatted(x.getLiteralLexicalForm()), x.getLiteralDatatype())));
        mutations.put("impossible date", (t, r) -> replaceLiteral(t, r, x -> DATES.contains(x.getLiteralDatatypeURI()),
                x -> NodeFactory.createLiteralDT(switch (x.getLiteralLexicalForm().length()) {
                    case 4 -> "19o7";
                    case 7 -> x.getLiteralLexicalForm().substring(0, 5) + "13";
                    default -> x.getLiteralLexicalForm().substring(0, 8) + "31";
                }, x.getLiteralDatatype())));
        mutations.put("bounds of a date dropped", (t, r) -> {
            List<Integer> at = indexes(t, x -> x.getPredicate().equals(Esm.dateBegin.asNode()) || x.getPredicate().equals(Esm.dateEnd.asNode()));
            List<Triple> out = new ArrayList<>(t);
            if (!at.isEmpty()) {
                Triple x = t.get(at.get(r.nextInt(at.size())));
                out.removeIf(y -> y.getSubject().equals(x.getSubject()) && (y.equals(x) || r.nextInt(3) == 0
                        && (y.getPredicate().equals(Esm.dateBegin.asNode()) || y.getPredicate().equals(Esm.dateEnd.asNode()))));
            }
            return out;
        });
    }

    private static Node withYear(Node date, String year) {
        return NodeFactory.createLiteralDT(year + date.getLiteralLexicalForm().substring(4), date.getLiteralDatatype());
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
