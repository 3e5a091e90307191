package kz.esimder.convert.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceFormatTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
            "memorial-lists/kz-records-excerpt.txt, MEMORYBOOK",
            "card-files/cardfile-ru-cp1251.csv, CSV",
            "card-files/cardfile-ru.xlsx, XLSX",
            "card-files/partner-export.jsonl, JSONL",
            "mos-memo/all_kz_related.csv, CSV"})
    void fixturesByExtension(String fixture, SourceFormat expected) throws IOException {
        assertThat(SourceFormat.detect(ReadResult.fixture(fixture))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"surname\": \"Агеев\"}|JSONL",
            "Родилась в 1874 г., г. Казань; русская;|MEMORYBOOK",
            "Фамилия;Имя;Отчество|CSV",
            "Агеев Василий Иванович|MEMORYBOOK"})
    void contentDecidesWhenTheExtensionSaysNothing(String firstLine, SourceFormat expected) throws IOException {
        Path file = dir.resolve("export.dat");
        Files.writeString(file, firstLine + "\n", StandardCharsets.UTF_8);
        assertThat(SourceFormat.detect(file)).isEqualTo(expected);
    }

    @Test
    void aWorkbookWithoutItsExtensionIsFoundByItsZipSignature() throws IOException {
        Path file = dir.resolve("download");
        Files.copy(ReadResult.fixture("card-files/cardfile-ru.xlsx"), file);
        assertThat(SourceFormat.detect(file)).isEqualTo(SourceFormat.XLSX);
        assertThat(ReadResult.of(file).records()).hasSize(8);
    }

    @Test
    void oldBinaryExcelIsRefusedWithAHint() throws IOException {
        Path file = dir.resolve("list.xls");
        Files.write(file, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0});
        assertThatThrownBy(() -> SourceReaders.open(file, ReaderOptions.defaults()))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("save it as .xlsx");
    }

    @Test
    void explicitFormatWinsOverTheExtension() throws IOException {
        Path file = dir.resolve("entries.csv");
        Files.writeString(file, "Родился в 1900 г.; казах;\n---\nРодилась в 1901 г.\n");
        ReadResult result = ReadResult.of(file, ReaderOptions.defaults().withFormat(SourceFormat.parse("memorybook")));
        assertThat(result.records()).extracting(RawRecord::line).containsExactly(1L, 3L);
    }

    @Test
    void missingFileAndUnknownFormatName() {
        assertThatThrownBy(() -> SourceReaders.open(dir.resolve("nope.csv"), ReaderOptions.defaults()))
                .isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> SourceFormat.parse("xml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("«xml»");
    }
}
