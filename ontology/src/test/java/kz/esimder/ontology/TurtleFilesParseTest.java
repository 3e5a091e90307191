package kz.esimder.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.rio.ParseErrorListener;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicParserSettings;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Turtle file parses cleanly, with no warning (bad literals included), in Jena RIOT and RDF4J Rio. */
class TurtleFilesParseTest {

    static Stream<String> turtleResources() {
        return Stream.concat(OntologyFiles.allPaths().stream(), Stream.of(ExampleData.RESOURCE));
    }

    @ParameterizedTest
    @MethodSource("turtleResources")
    void parsesWithJenaWithoutWarnings(String resource) throws IOException {
        List<String> problems = new ArrayList<>();
        DatasetGraph quads = DatasetGraphFactory.create();
        try (InputStream in = open(resource)) {
            RDFParser.create().source(in).lang(resource.endsWith(".trig") ? Lang.TRIG : Lang.TURTLE)
                    .checking(true).errorHandler(collecting(problems)).parse(quads);
        }
        assertThat(problems).as("Jena problems in %s", resource).isEmpty();
        assertThat(quads.stream().count()).as("triples in %s", resource).isGreaterThan(20);
    }

    @ParameterizedTest
    @MethodSource("turtleResources")
    void parsesWithRdf4jVerifyingLiterals(String resource) throws IOException {
        List<String> problems = new ArrayList<>();
        org.eclipse.rdf4j.rio.RDFParser parser = Rio.createParser(resource.endsWith(".trig") ? RDFFormat.TRIG : RDFFormat.TURTLE);
        parser.getParserConfig()
                .set(BasicParserSettings.VERIFY_DATATYPE_VALUES, true)
                .set(BasicParserSettings.FAIL_ON_UNKNOWN_DATATYPES, false)
                .set(BasicParserSettings.VERIFY_LANGUAGE_TAGS, true)
                .set(BasicParserSettings.VERIFY_URI_SYNTAX, true);
        Model model = new LinkedHashModel();
        parser.setRDFHandler(new StatementCollector(model));
        parser.setParseErrorListener(new ParseErrorListener() {
            @Override public void warning(String msg, long line, long col) { problems.add(line + ":" + col + " " + msg); }
            @Override public void error(String msg, long line, long col) { problems.add(line + ":" + col + " " + msg); }
            @Override public void fatalError(String msg, long line, long col) { problems.add(line + ":" + col + " " + msg); }
        });
        try (InputStream in = open(resource)) {
            parser.parse(in, "https://w3id.org/esimder/");
        }
        assertThat(problems).as("RDF4J problems in %s", resource).isEmpty();
        assertThat(model.size()).as("statements in %s", resource).isGreaterThan(20);
    }

    @Test
    void jenaAndRdf4jReadTheSameNumberOfTriples() throws IOException {
        for (String resource : OntologyFiles.allPaths()) {
            Model rdf4j;
            try (InputStream in = open(resource)) {
                rdf4j = Rio.parse(in, "https://w3id.org/esimder/", RDFFormat.TURTLE);
            }
            org.apache.jena.rdf.model.Model jena = OntologyFiles.load(org.apache.jena.rdf.model.ModelFactory.createDefaultModel(), resource);
            assertThat((long) rdf4j.size()).as(resource).isEqualTo(jena.size());
        }
    }

    @Test
    void vocabularyFolderHoldsExactlyOneFilePerScheme() throws IOException {
        // Tests run in the module directory; the Turtle files live at its root (see pom.xml).
        try (Stream<Path> files = Files.list(Path.of("vocab"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Vocab.SCHEMES.stream().map(s -> s + ".ttl").toList());
        }
        assertThat(Path.of("esimder.ttl")).exists();
        assertThat(Path.of("shapes.ttl")).exists();
    }

    private static InputStream open(String resource) {
        InputStream in = TurtleFilesParseTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as("classpath resource %s", resource).isNotNull();
        return in;
    }

    private static ErrorHandler collecting(List<String> problems) {
        return new ErrorHandler() {
            @Override public void warning(String message, long line, long col) { problems.add(line + ":" + col + " " + message); }
            @Override public void error(String message, long line, long col) { problems.add(line + ":" + col + " " + message); }
            @Override public void fatal(String message, long line, long col) { problems.add(line + ":" + col + " " + message); }
        };
    }
}
