package kz.esimder.convert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.esimder.convert.pipeline.TestConversions;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One corrupt file in a batch of three: the two good files convert completely, the run says not
 * everything converted (exit 3), and the report names the corrupt file and why. A single corrupt
 * file on its own is still the one-line exit 2 of {@link BadInputTest}.
 */
class CorruptFileInBatchTest {
    @TempDir
    Path dir;

    @Test
    void theRestOfTheBatchConvertsAndTheReportNamesTheCorruptFile() throws Exception {
        Path first = Files.writeString(dir.resolve("first-list.csv"), "Фамилия,Имя,Год рождения\nАгеев,Василий,1900\nАбланов,Садык,1894\n",
                StandardCharsets.UTF_8);
        Path corrupt = Files.write(dir.resolve("corrupt-list.xlsx"), "PK\u0003\u0004 this is not a workbook".getBytes(StandardCharsets.UTF_8));
        Path binary = Files.write(dir.resolve("scan-list.csv"), new byte[] {'a', ',', 'b', '\n', 0, 1, 2, 3, '\n'});
        Path last = Files.writeString(dir.resolve("last-list.jsonl"),
                "{\"surname\": \"Майлин\", \"given_name\": \"Беимбет\", \"birth_year\": \"1894\"}\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.nq");
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.run(TestConversions::ontology, "convert", "--input", first.toString(), corrupt.toString(),
                binary.toString(), last.toString(), "--output", out.toString(), "--report", report.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.SOME_REJECTED);
        assertThat(run.err()).doesNotContain("\tat ").contains("corrupt-list.xlsx").contains("scan-list.csv");
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, out.toString(), Lang.NQUADS);
        List<String> surnames = new ArrayList<>();
        ds.listModelNames().forEachRemaining(g -> ds.getNamedModel(g).listObjectsOfProperty(
                ds.getNamedModel(g).createProperty("https://w3id.org/esimder/ontology#surname"))
                .forEachRemaining(o -> surnames.add(o.asLiteral().getString())));
        assertThat(surnames).containsExactlyInAnyOrder("Агеев", "Абланов", "Майлин");

        JsonNode r = new ObjectMapper().readTree(report.toFile());
        assertThat(r.get("converted").asLong()).isEqualTo(3);
        List<String> problemFiles = new ArrayList<>();
        r.get("problems").forEach(p -> problemFiles.add(p.get("file").asText() + ": " + p.get("reason").asText()));
        assertThat(problemFiles).anyMatch(p -> p.startsWith("corrupt-list.xlsx: ")).anyMatch(p -> p.startsWith("scan-list.csv: "));
    }
}
