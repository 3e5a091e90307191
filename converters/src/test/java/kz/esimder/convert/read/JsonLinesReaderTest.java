package kz.esimder.convert.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

    @TempDir
    Path dir;

    private ReadResult jsonl(String text) throws IOException {
        Path file = dir.resolve("export.jsonl");
        Files.writeString(file, text);
        return ReadResult.of(new JsonLinesReader(file, ReaderOptions.defaults(), new MemoryBookTextSplitter()));
    }

    @Test
    void partnerExportKeysAreFields() throws IOException {
        ReadResult result = ReadResult.of(ReadResult.fixture("card-files/partner-export.jsonl"));
        assertThat(result.records()).extracting(RawRecord::line).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        RawRecord second = result.at(2);
        assertThat(second.first(Field.SURNAME)).contains("Мамыров-Мамырбаев");
        assertThat(second.first(Field.REHABILITATION_DATE)).contains("октябрь 1957");
        assertThat(second.first(Field.ARREST_DATE)).isEmpty();
        assertThat(second.verbatim()).contains("surname: Мамыров-Мамырбаев");
    }

    @Test
    void aBrokenLineIsAProblemAndTheNextLineIsRead() throws IOException {
        ReadResult result = jsonl("{\"surname\": \"Агеев\"}\n{\"surname\": \"Абл\n[1, 2]\n\n{\"surname\": \"Абланов\"}\n");
        assertThat(result.problems()).extracting(SourceReader.ReadProblem::line).containsExactly(2L, 3L);
        assertThat(result.problems()).extracting(SourceReader.ReadProblem::reason)
                .anyMatch(r -> r.startsWith("not valid JSON"))
                .anyMatch(r -> r.equals("not a JSON object"));
        assertThat(result.records()).extracting(RawRecord::line).containsExactly(1L, 5L);
    }

    @Test
    void arraysNumbersNullsAndMemoryBookText() throws IOException {
        RawRecord record = jsonl("{\"fio\": \"Агеев Василий\", \"aliases\": [\"Агеяв\", \"Агеевъ\"], \"birth_year\": 1900,"
                + " \"party\": null, \"bio\": \"Арестован 02.02.1937. Приговор: ВК ВС СССР, 03.10.1937 – ВМН.\", \"extra\": {\"a\": 1}}")
                .records().get(0);
        assertThat(record.values()).extracting(v -> v.field() + "=" + v.text()).containsExactly(
                "FULL_NAME=Агеев Василий", "NAME_VARIANTS=Агеяв; Агеевъ", "BIRTH_DATE=1900", "OTHER={\"a\":1}",
                "GENDER=м", "ARREST_DATE=02.02.1937", "SENTENCED_BY=ВК ВС СССР", "SENTENCE_DATE=03.10.1937", "SENTENCE=ВМН");
    }
}
