package kz.esimder.convert.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import kz.esimder.convert.record.RecordProblem;
import kz.esimder.convert.record.RecordedPerson;
import kz.esimder.convert.record.SourceLocation;
import kz.esimder.convert.record.Unparsed;
import kz.esimder.convert.record.VictimRecord;
import org.junit.jupiter.api.Test;

class ConversionReportTest {

    private static VictimRecord record(long line, List<Unparsed> unparsed, List<RecordProblem> problems) {
        return new VictimRecord(new SourceLocation("f.txt", line, "text", null, null, null, null),
                RecordedPerson.builder().build(), List.of(), unparsed, problems);
    }

    @Test
    void readIsConvertedPlusRejectedAfterEveryCall() throws Exception {
        try (ConversionReport r = new ConversionReport()) {
            r.converted(record(1, List.of(), List.of()));
            r.rejected(new ReportedProblem("f.txt", 9, "record", "v", "no"));
            r.converted(record(17, List.of(), List.of()));
            assertThat(r.read()).isEqualTo(3).isEqualTo(r.converted() + r.rejected());
            assertThat(r.converted()).isEqualTo(2);
            assertThat(r.rejected()).isEqualTo(1);
            assertThat(r.complete()).isFalse();
        }
    }

    @Test
    void jsonHasCountsUnparsedPerFieldAndEveryProblemWithItsPlace() throws Exception {
        try (ConversionReport r = new ConversionReport()) {
            r.converted(record(5, List.of(new Unparsed("sentence", "a"), new Unparsed("organ", "b")),
                    List.of(new RecordProblem("arrest-date", "31.02.1937", "no day 31 in 1937-02"))));
            r.converted(record(12, List.of(new Unparsed("sentence", "c")), List.of()));
            r.rejected(new ReportedProblem("f.txt", 20, "record", "x", "does not conform"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            r.writeJson(out);
            JsonNode json = new ObjectMapper().readTree(out.toByteArray());
            assertThat(json.get("read").asLong()).isEqualTo(3);
            assertThat(json.get("converted").asLong()).isEqualTo(2);
            assertThat(json.get("rejected").asLong()).isEqualTo(1);
            assertThat(json.get("unparsed").get("sentence").asLong()).isEqualTo(2);
            assertThat(json.get("unparsed").get("organ").asLong()).isEqualTo(1);
            JsonNode first = json.get("problems").get(0);
            assertThat(first.get("file").asText()).isEqualTo("f.txt");
            assertThat(first.get("line").asLong()).isEqualTo(5);
            assertThat(first.get("field").asText()).isEqualTo("arrest-date");
            assertThat(first.get("value").asText()).isEqualTo("31.02.1937");
            assertThat(first.get("reason").asText()).contains("no day 31");
            assertThat(json.get("problems")).hasSize(2);
        }
    }

    @Test
    void problemsBeyondTheInMemoryWindowAllReachTheJson() throws Exception {
        try (ConversionReport r = new ConversionReport()) {
            int n = 12_345;
            for (int i = 1; i <= n; i++) {
                r.rejected(new ReportedProblem("big.csv", i, "record", "v" + i, "reason " + i));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            r.writeJson(out);
            JsonNode problems = new ObjectMapper().readTree(out.toByteArray()).get("problems");
            assertThat(problems).hasSize(n);
            assertThat(problems.get(n - 1).get("line").asLong()).isEqualTo(n);
            assertThat(problems.get(n - 1).get("value").asText()).isEqualTo("v" + n);
        }
    }

    @Test
    void aVeryLongValueIsShortenedButSaysHowLongItWas() {
        String huge = "x".repeat(10_000_000);
        ReportedProblem p = new ReportedProblem("f", 1, "record", huge, "too long");
        assertThat(p.value()).hasSizeLessThan(3000).contains("10000000 characters");
    }

    @Test
    void theSummaryNamesTheCountsAndTheProblems() throws Exception {
        try (ConversionReport r = new ConversionReport()) {
            r.rejected(new ReportedProblem("f.txt", 20, "record", "x", "does not conform"));
            StringWriter s = new StringWriter();
            r.writeSummary(new PrintWriter(s));
            assertThat(s.toString()).contains("read 1, converted 0, rejected 1").contains("f.txt:20");
        }
    }
}
