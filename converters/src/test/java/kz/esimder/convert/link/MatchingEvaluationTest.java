package kz.esimder.convert.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.esimder.convert.link.dedup.PairScorer;
import kz.esimder.convert.link.dedup.Thresholds;
import kz.esimder.convert.link.eval.EvaluateMatchingCommand;
import kz.esimder.convert.link.eval.LabelledPair;
import kz.esimder.convert.link.eval.LabelledPairsReader;
import kz.esimder.convert.link.eval.MatchingEvaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MatchingEvaluationTest {

    private static List<LabelledPair> labelled() throws Exception {
        try (var in = new InputStreamReader(LinkTestData.stream("labelled-pairs.csv"), StandardCharsets.UTF_8)) {
            return new LabelledPairsReader().read(in);
        }
    }

    @Test
    void precisionAndRecallOnTheLabelledPairsMeetTheTargets() throws Exception {
        List<LabelledPair> pairs = labelled();
        assertThat(pairs).hasSizeBetween(300, 400);
        assertThat(pairs.stream().filter(LabelledPair::match).count()).isGreaterThanOrEqualTo(45);
        MatchingEvaluation.Result r = new MatchingEvaluation(new PairScorer(), Thresholds.DEFAULT).evaluate(pairs);
        assertThat(r.precision()).as("precision; errors: %s", r.errors()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.recall()).as("recall; errors: %s", r.errors()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void everyStalinListPersonWithANoteMatchesIt() throws Exception {
        List<LabelledPair> listToNote = labelled().stream().filter(p -> p.kind().equals("list-note") && p.match()).toList();
        assertThat(listToNote).hasSize(11);
        MatchingEvaluation.Result r = new MatchingEvaluation(new PairScorer(), Thresholds.DEFAULT).evaluate(listToNote);
        assertThat(r.truePositives()).as("%s", r.errors()).isEqualTo(11);
    }

    @Test
    void commandPrintsPrecisionAndRecall(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("pairs.csv");
        try (var in = LinkTestData.stream("labelled-pairs.csv")) {
            Files.copy(in, csv);
        }
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new EvaluateMatchingCommand());
        cl.setOut(new PrintWriter(out));
        int code = cl.execute("--pairs", csv.toString());
        assertThat(code).isZero();
        assertThat(out.toString()).containsPattern("precision (0\\.9[5-9]\\d|1\\.000)").containsPattern("recall (0\\.9\\d\\d|1\\.000)");
    }

    @Test
    void malformedRowIsReportedWithItsLine() {
        String csv = "kind,left_id,right_id,match,left_name,left_birth_year,left_birth_place,left_nationality,left_arrest,left_sentence,left_organ,"
                + "right_name,right_birth_year,right_birth_place,right_nationality,right_arrest,right_sentence,right_organ\n"
                + "x,a,b,1,Агеев Василий,1900,,,,,,Агеев Василий,19ОО,,,,,\n";
        assertThatThrownBy(() -> new LabelledPairsReader().read(new StringReader(csv)))
                .hasMessageContaining("line 2").hasMessageContaining("right_birth_year");
    }
}
