package kz.esimder.convert.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import kz.esimder.ontology.Esm;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kazakh letters ә ғ қ ң ө ұ ү һ і (and their capitals) survive every input format, the
 * pipeline and N-Quads, read back by Jena and by RDF4J.
 */
class KazakhLettersTest {
    static final String SURNAME = "Әбілғазиев";
    static final String GIVEN = "Қаңтарбек";
    static final String PATRONYMIC = "Өмірұлы";
    static final String OCCUPATION = "шаһар мүғалімі, ұстаз";
    static final String PLACE = "Көкшетау облысы, Үңгір ауылы";

    @TempDir
    Path dir;

    private Path input(String format) throws Exception {
        String[] header = {"Тегі", "Аты", "Әкесінің аты", "Жұмыс орны, қызметі", "Туған жері"};
        String[] row = {SURNAME, GIVEN, PATRONYMIC, OCCUPATION, PLACE};
        switch (format) {
            case "csv" -> {
                StringBuilder b = new StringBuilder("\uFEFF").append(String.join(";", header)).append("\n");
                b.append(String.join(";", row)).append("\n");
                return Files.writeString(dir.resolve("kk.csv"), b.toString(), StandardCharsets.UTF_8);
            }
            case "jsonl" -> {
                return Files.writeString(dir.resolve("kk.jsonl"), "{\"surname\": \"" + SURNAME + "\", \"given_name\": \"" + GIVEN
                        + "\", \"patronymic\": \"" + PATRONYMIC + "\", \"occupation\": \"" + OCCUPATION
                        + "\", \"birth_place\": \"" + PLACE + "\"}\n", StandardCharsets.UTF_8);
            }
            case "xlsx" -> {
                Path p = dir.resolve("kk.xlsx");
                try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
                    var sheet = wb.createSheet("Тізім");
                    var h = sheet.createRow(0);
                    var r = sheet.createRow(1);
                    for (int i = 0; i < header.length; i++) {
                        h.createCell(i).setCellValue(header[i]);
                        r.createCell(i).setCellValue(row[i]);
                    }
                    wb.write(out);
                }
                return p;
            }
            default -> {
                return Files.writeString(dir.resolve("kk.txt"), SURNAME.toUpperCase() + " " + GIVEN + " " + PATRONYMIC + "\n"
                        + "Родился в 1901 г., " + PLACE + "; казах;\n" + OCCUPATION + ".\n---\n", StandardCharsets.UTF_8);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"memorybook", "csv", "xlsx", "jsonl"})
    void kazakhLettersRoundTrip(String format) throws Exception {
        TestConversions.Result result = TestConversions.convert(input(format), "Тізім: ә ғ қ ң ө ұ ү һ і");
        assertThat(result.report().converted()).isEqualTo(1);
        Path nq = dir.resolve("out.nq");
        try (OutputStream out = Files.newOutputStream(nq)) {
            RDFDataMgr.write(out, result.quads(), RDFFormat.NQUADS);
        }
        String text = Files.readString(nq, StandardCharsets.UTF_8);
        assertThat(text).as("written as UTF-8 characters, not escapes").contains(GIVEN, PATRONYMIC);

        DatasetGraph back = RDFParser.source(nq).lang(Lang.NQUADS).toDatasetGraph();
        Set<String> literals = new HashSet<>();
        back.find().forEachRemaining(q -> {
            if (q.getObject().isLiteral()) {
                literals.add(q.getObject().getLiteralLexicalForm());
            }
        });
        assertThat(literals).contains(SURNAME, GIVEN, PATRONYMIC, "Тізім: ә ғ қ ң ө ұ ү һ і");
        assertThat(back.find(Node.ANY, Node.ANY, Esm.surname.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm())
                .isEqualTo(SURNAME);
        assertThat(String.join(" ", literals)).contains(OCCUPATION).contains(PLACE);

        Model rdf4j = Rio.parse(new StringReader(text), "", org.eclipse.rdf4j.rio.RDFFormat.NQUADS);
        assertThat(rdf4j.objects().stream().map(v -> v.stringValue()))
                .contains(SURNAME, GIVEN, PATRONYMIC, "Тізім: ә ғ қ ң ө ұ ү һ і");
    }
}
