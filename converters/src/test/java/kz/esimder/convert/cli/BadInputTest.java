package kz.esimder.convert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.esimder.convert.pipeline.TestConversions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that are bad in part: each gives a clean report entry (and exit 0 or 3) or a clean exit 2,
 * never a stack trace, and the good records still convert.
 */
class BadInputTest {
    @TempDir
    Path dir;

    private CliRun convert(Path in, String... more) {
        String[] args = new String[6 + more.length];
        args[0] = "convert";
        args[1] = "--input";
        args[2] = in.toString();
        args[3] = "--output";
        args[4] = dir.resolve("out.nq").toString();
        args[5] = "--report=" + dir.resolve("report.json");
        System.arraycopy(more, 0, args, 6, more.length);
        return CliRun.run(TestConversions::ontology, args);
    }

    private JsonNode report() throws Exception {
        return new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    }

    private static void noStackTrace(CliRun run) {
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void anEmptyFileSaysItHadNoRecords() throws Exception {
        CliRun run = convert(Files.writeString(dir.resolve("empty.txt"), ""));
        noStackTrace(run);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode r = report();
        assertThat(r.get("read").asLong()).isZero();
        assertThat(r.get("problems").get(0).get("reason").asText()).contains("no records");
    }

    @Test
    void aBrokenCsvQuoteCostsItsRowOnlyAndIsReported() throws Exception {
        Path csv = Files.writeString(dir.resolve("broken.csv"), "Фамилия,Имя,Год рождения\n"
                + "Агеев,Василий,1900\n"
                + "\"Абланов,Садык,1894\n"
                + "Майлин,Беимбет,1894\n", StandardCharsets.UTF_8);
        CliRun run = convert(csv);
        noStackTrace(run);
        assertThat(run.exitCode()).as(run.err()).isIn(ExitCodes.OK, ExitCodes.SOME_REJECTED);
        JsonNode r = report();
        assertThat(r.get("converted").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(r.get("read").asLong()).isEqualTo(r.get("converted").asLong() + r.get("rejected").asLong());
        assertThat(r.get("problems")).anySatisfy(p -> {
            assertThat(p.get("file").asText()).isEqualTo("broken.csv");
            assertThat(p.get("line").asLong()).isPositive();
        });
    }

    @Test
    void aTenMegabyteLineIsReportedAndTheOtherRecordsConvert() throws Exception {
        String huge = "Проживал: " + "а".repeat(10 * 1024 * 1024);
        Path txt = Files.writeString(dir.resolve("huge.txt"), "Родился в 1900 г.; казах;\n---\n" + huge + "\n---\n"
                + "Родилась в 1905 г.; русская;\n---\n", StandardCharsets.UTF_8);
        CliRun run = convert(txt);
        noStackTrace(run);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.SOME_REJECTED);
        JsonNode r = report();
        assertThat(r.get("converted").asLong()).isEqualTo(2);
        // The skipped line is a record read and rejected: nothing lost, and read = converted + rejected.
        assertThat(r.get("rejected").asLong()).isEqualTo(1);
        assertThat(r.get("read").asLong()).isEqualTo(3);
        JsonNode p = r.get("problems").get(0);
        assertThat(p.get("line").asLong()).isEqualTo(3);
        assertThat(p.get("value").asText().length()).isLessThan(5000);
    }

    @Test
    void aReaderWarningIsAProblemButNotARejectedRecord() throws Exception {
        Path csv = Files.writeString(dir.resolve("cards.csv"), "Цвет глаз;Рост\nсерые;180\n",
                StandardCharsets.UTF_8);
        CliRun run = convert(csv);
        noStackTrace(run);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode r = report();
        assertThat(r.get("read").asLong()).isEqualTo(1);
        assertThat(r.get("converted").asLong()).isEqualTo(1);
        assertThat(r.get("rejected").asLong()).isZero();
        assertThat(r.has("unreadable")).isFalse();
        assertThat(r.get("problems")).singleElement().satisfies(p -> {
            assertThat(p.get("line").asLong()).isEqualTo(1);
            assertThat(p.get("reason").asText()).contains("header");
        });
    }

    @Test
    void aWrongEncodingIsAOneLineExitTwo() throws Exception {
        Path cp1251 = Files.write(dir.resolve("cards.csv"),
                "Фамилия;Имя\nАгеев;Василий\n".getBytes(Charset.forName("windows-1251")));
        CliRun run = convert(cp1251, "--encoding", "UTF-8");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.UNUSABLE);
        assertThat(run.errIsOneCleanLine()).as(run.err()).isTrue();
        assertThat(run.err()).contains("cards.csv");
        assertThat(dir.resolve("out.nq")).doesNotExist();
    }

    @Test
    void theSameFileDetectedAsWindows1251ConvertsWithCyrillicIntact() throws Exception {
        Path cp1251 = Files.write(dir.resolve("cards.csv"),
                "Фамилия;Имя;Год рождения\nАгеев;Василий;1900\n".getBytes(Charset.forName("windows-1251")));
        CliRun run = convert(cp1251);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(dir.resolve("out.nq"), StandardCharsets.UTF_8)).contains("\"Агеев Василий\"");
    }
}
