package kz.esimder.convert.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.esimder.convert.pipeline.TestConversions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Inputs the fuzzer once crashed on (src/test/resources/fuzz/): each now converts or fails cleanly. */
class FuzzRegressionTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"coder-state-all_kz_related.csv"})
    void convertsOrFailsWithOneCleanLine(String name) throws Exception {
        Path file = Files.copy(TestConversions.resource("/fuzz/" + name), dir.resolve(name));
        try {
            var report = TestConversions.convert(file, "regression").report();
            assertThat(report.read()).isEqualTo(report.converted() + report.rejected());
        } catch (java.io.IOException unreadable) {
            assertThat(unreadable.getMessage()).isNotBlank().doesNotContain("\n");
        }
    }
}
