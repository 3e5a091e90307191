package kz.esimder.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The query cookbook (docs/queries) is a public contract: file names and output variables are fixed,
 * every file says in English and Russian what it answers, and every query returns the expected rows
 * over the ontology, the vocabularies and the example dataset.
 */
class CookbookQueriesTest {
    private static final Path QUERIES = Path.of("..", "docs", "queries");
    private static final String P = ExampleData.ID + "person/";
    private static final String AGEEV = P + "stalin-lists-2", NUN = P + "kz-records-1", WIFE = P + "kz-records-9", KULAK_WIFE = P + "kz-records-28";
    private static final Map<String, List<String>> CONTRACT = Map.of(
            "persons.rq", List.of("person", "name", "birthYear", "birthPlace", "nationality"),
            "events.rq", List.of("person", "event", "type", "date", "organ", "organKind", "charge", "sentence", "sentenceKind", "termYears", "place"),
            "rehabilitation.rq", List.of("person", "date", "organ", "basis"),
            "not-rehabilitated.rq", List.of("person", "name"),
            "sources.rq", List.of("person", "source", "file", "line", "archiveRef"),
            "counts-by-year.rq", List.of("year", "type", "count"));
    private static final Model DATA = loadData();

    static Stream<String> queryFiles() {
        return CONTRACT.keySet().stream().sorted();
    }

    @Test
    void theCookbookHoldsExactlyTheContractedFilesAndItsReadmeListsThem() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq")))
                    .containsExactlyInAnyOrderElementsOf(CONTRACT.keySet());
        }
        String readme = Files.readString(QUERIES.resolve("README.md"));
        CONTRACT.keySet().forEach(file -> assertThat(readme).contains(file));
    }

    @ParameterizedTest
    @MethodSource("queryFiles")
    void opensWithAnEnglishAndRussianCommentAndSelectsTheContractedVariables(String file) throws IOException {
        String text = Files.readString(QUERIES.resolve(file));
        List<String> comment = text.lines().takeWhile(l -> l.startsWith("#")).toList();
        assertThat(comment).anyMatch(l -> l.startsWith("# EN:")).anyMatch(l -> l.startsWith("# RU:") && l.matches(".*[а-яА-Я]{3,}.*"));
        // Plain SPARQL 1.1, no ARQ extensions: researchers run these on other engines too.
        Query query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        assertThat(query.isSelectType()).isTrue();
        assertThat(query.getResultVars()).containsExactlyElementsOf(CONTRACT.get(file));
    }

    static Stream<Arguments> expectedRows() {
        String e = ExampleData.ID + "event/";
        return Stream.of(
                Arguments.of("persons.rq", List.of(
                        row("person", NUN, "birthYear", "1874", "birthPlace", "г. Казань, с. Дербышки", "nationality", "russian"),
                        row("person", KULAK_WIFE),
                        row("person", WIFE, "birthYear", "1905", "birthPlace", "г.Макеевка", "nationality", "russian"),
                        row("person", AGEEV, "name", "Агеев Василий Иванович", "birthYear", "1900",
                                "birthPlace", "Могилевская обл., Бельничинский р-н, Бельничи", "nationality", "belarusian"))),
                Arguments.of("events.rq", List.of(
                        row("person", NUN, "event", e + "kz-records-1-1", "type", "arrest", "date", "1932-03-07"),
                        row("person", NUN, "event", e + "kz-records-1-2", "type", "sentence", "date", "1932-07-29", "organ", "Особое совещание коллегии ОГПУ ТАССР",
                                "organKind", "special-board", "charge", "58-10", "sentence", "3 года ссылки в Казахстан", "sentenceKind", "exile", "termYears", "3.0"),
                        row("person", NUN, "event", e + "kz-records-1-3", "type", "rehabilitation", "date", "1998-07"),
                        row("person", KULAK_WIFE, "event", e + "kz-records-28-1", "type", "dekulakization", "date", "1930", "charge", "kulak",
                                "sentence", "в составе семьи мужа - Гришина Алексея Алексеевича, как имевшего кулацкое хозяйство, выселена из д.Кураково Белевского р-на Тульской обл. и направлена на спецпоселение в Казахстан",
                                "sentenceKind", "special-settlement", "place", "д.Кураково Белевского р-на Тульской обл."),
                        row("person", KULAK_WIFE, "event", e + "kz-records-28-2", "type", "rehabilitation", "date", "2007-08-15", "organ", "ИЦ УВД по Тульской обл.", "organKind", "security-organ"),
                        row("person", WIFE, "event", e + "kz-records-9-1", "type", "sentence", "date", "1938-03-16", "organ", "ОСО при НКВД СССР", "organKind", "special-board",
                                "charge", "chsir", "sentence", "к 8 годам ИТЛ", "sentenceKind", "camp", "termYears", "8.0"),
                        row("person", WIFE, "event", e + "kz-records-9-2", "type", "imprisonment", "date", "1938-05-07", "place", "Малиновка (Акмол)"),
                        row("person", AGEEV, "event", e + "stalin-lists-2-1", "type", "arrest", "date", "1937-02-02"),
                        sentenceOfAgeev("58-11"), sentenceOfAgeev("58-1а"), sentenceOfAgeev("58-7"), sentenceOfAgeev("58-8"), sentenceOfAgeev("58-9"),
                        row("person", AGEEV, "event", e + "stalin-lists-2-3", "type", "rehabilitation", "date", "1957-10-17", "organ", "Верховный суд СССР", "organKind", "court"))),
                Arguments.of("rehabilitation.rq", List.of(
                        row("person", AGEEV, "date", "1957-10-17", "organ", "Верховный суд СССР", "basis", "no-corpus-delicti"),
                        row("person", NUN, "date", "1998-07"),
                        row("person", KULAK_WIFE, "date", "2007-08-15", "organ", "ИЦ УВД по Тульской обл."))),
                Arguments.of("not-rehabilitated.rq", List.of(row("person", WIFE))),
                Arguments.of("sources.rq", List.of(
                        row("person", NUN, "source", ExampleData.ID + "source/kz-records", "file", "kz-records.txt", "line", "1"),
                        row("person", WIFE, "source", ExampleData.ID + "source/kz-records", "file", "kz-records.txt", "line", "9"),
                        row("person", KULAK_WIFE, "source", ExampleData.ID + "source/kz-records", "file", "kz-records.txt", "line", "28"),
                        row("person", AGEEV, "source", ExampleData.ID + "source/stalin-lists", "file", "stalin_lists_kz_persons.csv", "line", "2",
                                "archiveRef", "РГАСПИ, ф.17, оп.171, д.410, л.156"))),
                Arguments.of("counts-by-year.rq", List.of(
                        count("1930", "dekulakization"), count("1932", "arrest"), count("1932", "sentence"), count("1937", "arrest"),
                        count("1937", "sentence"), count("1938", "imprisonment"), count("1938", "sentence"), count("1957", "rehabilitation"),
                        count("1998", "rehabilitation"), count("2007", "rehabilitation"))));
    }

    @ParameterizedTest
    @MethodSource("expectedRows")
    void returnsTheExpectedRowsInOrder(String file, List<Map<String, String>> expected) throws IOException {
        Query query = QueryFactory.create(Files.readString(QUERIES.resolve(file)));
        List<Map<String, String>> actual = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.model(DATA).query(query).build()) {
            ResultSet results = execution.execSelect();
            while (results.hasNext()) {
                QuerySolution solution = results.next();
                Map<String, String> row = new TreeMap<>();
                results.getResultVars().forEach(v -> {
                    RDFNode node = solution.get(v);
                    if (node != null) row.put(v, node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
                });
                actual.add(row);
            }
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void chargeNotationsComeOutWithCyrillicLetters() throws IOException {
        String text = Files.readString(QUERIES.resolve("events.rq"));
        try (QueryExecution execution = QueryExecution.model(DATA).query(text).build()) {
            List<String> charges = new ArrayList<>();
            execution.execSelect().forEachRemaining(s -> { if (s.contains("charge")) charges.add(s.getLiteral("charge").getString()); });
            assertThat(charges).contains("58-1\u0430").doesNotContain("58-1a");
        }
    }

    private static Map<String, String> sentenceOfAgeev(String charge) {
        return row("person", AGEEV, "event", ExampleData.ID + "event/stalin-lists-2-2", "type", "sentence", "date", "1937-10-03", "organ", "Верховный суд СССР",
                "organKind", "court", "charge", charge, "sentence", "ВМН", "sentenceKind", "death", "place", "г. Алма-Ата");
    }

    private static Map<String, String> count(String year, String type) {
        return row("year", year, "type", type, "count", "1");
    }

    private static Map<String, String> row(String... pairs) {
        Map<String, String> row = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) row.put(pairs[i], pairs[i + 1]);
        return row;
    }

    private static Model loadData() {
        Model data = OntologyFiles.ontology();
        data.add(OntologyFiles.vocabularies());
        data.add(ExampleData.union());
        return data;
    }
}
