package kz.esimder.convert.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.esimder.convert.pipeline.SyntheticMarker;
import kz.esimder.convert.read.Field;
import kz.esimder.convert.read.RawRecord;
import kz.esimder.convert.read.ReaderOptions;
import kz.esimder.convert.read.SourceReader;
import kz.esimder.convert.read.SourceReaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SyntheticDataGeneratorTest {
    @TempDir
    Path dir;

    private static byte[] generate(int n, SyntheticFormat format, long seed) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticDataGenerator().generate(n, format, seed, out, i -> { });
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(value = SyntheticFormat.class, names = {"MEMORYBOOK", "CSV", "JSONL"})
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers(SyntheticFormat format) throws Exception {
        assertThat(generate(200, format, 7)).isEqualTo(generate(200, format, 7));
        assertThat(generate(200, format, 7)).isNotEqualTo(generate(200, format, 8));
    }

    @ParameterizedTest
    @EnumSource(SyntheticFormat.class)
    void everyFormatIsReadBackAsTheSameNumberOfRecordsMarkedSynthetic(SyntheticFormat format) throws Exception {
        int n = 150;
        Path file = dir.resolve("gen." + (format == SyntheticFormat.MEMORYBOOK ? "txt" : format.name().toLowerCase()));
        Files.write(file, generate(n, format, 3));
        List<RawRecord> records = new ArrayList<>();
        List<SourceReader.ReadProblem> problems = new ArrayList<>();
        try (SourceReader reader = SourceReaders.open(file, ReaderOptions.defaults())) {
            reader.read(records::add, problems::add);
        }
        assertThat(problems).isEmpty();
        assertThat(records).hasSize(n);
        assertThat(records).allSatisfy(r -> assertThat(SyntheticMarker.isSynthetic(r.first(Field.SOURCE_NAME).orElse(null))).isTrue());
        assertThat(records).allSatisfy(r -> assertThat(r.first(Field.SURNAME).or(() -> r.first(Field.FULL_NAME))).isPresent());
    }

    @Test
    void arrestsPeakIn1937And1938() throws Exception {
        String csv = new String(generate(2000, SyntheticFormat.CSV, 11), StandardCharsets.UTF_8);
        long terror = csv.lines().filter(l -> l.matches(".*,\\d\\d\\.\\d\\d\\.193[78],.*")).count();
        long y1933 = csv.lines().filter(l -> l.matches(".*,\\d\\d\\.\\d\\d\\.1933,.*")).count();
        assertThat(terror).isGreaterThan(700);
        assertThat(y1933).isLessThan(terror / 5);
    }

    @Test
    void namePoolsOfAllSixPeoplesAppear() throws Exception {
        String text = new String(generate(1000, SyntheticFormat.JSONL, 5), StandardCharsets.UTF_8);
        assertThat(text).contains("\"nationality\":\"казах", "\"nationality\":\"русск", "\"nationality\":\"нем",
                "\"nationality\":\"коре", "\"nationality\":\"пол", "\"nationality\":\"украин");
    }
}
