package kz.esimder.convert.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryBookReaderTest {

    private static final Path EXCERPT = ReadResult.fixture("memorial-lists/kz-records-excerpt.txt");
    private static final Pattern LABELLED = Pattern.compile(
            "^(Родил|Род\\.|Арест|Приговор|Обв|Расс?стрел|Реабил)");

    @TempDir
    Path dir;

    private ReadResult read(Path path) throws IOException {
        return ReadResult.of(new MemoryBookReader(path, null, new MemoryBookTextSplitter()));
    }

    @Test
    void everyEntryOfTheListsExcerptIsOneRecordAtItsFirstLine() throws IOException {
        ReadResult result = read(EXCERPT);
        assertThat(result.problems()).isEmpty();
        assertThat(result.records()).extracting(RawRecord::line).containsExactly(
                1L, 9L, 13L, 18L, 23L, 28L, 32L, 38L, 43L, 47L, 53L, 61L, 69L, 75L, 81L, 89L, 94L, 102L, 107L, 111L,
                118L, 125L, 130L, 135L, 140L, 145L, 150L, 155L, 160L, 166L, 172L, 177L, 182L, 187L, 192L, 197L, 202L,
                207L, 212L, 217L);
        assertThat(result.records()).allSatisfy(r -> assertThat(r.file()).isEqualTo("kz-records-excerpt.txt"));
    }

    @Test
    void verbatimIsTheEntryAsWrittenWithoutTheCarriageReturns() throws IOException {
        RawRecord first = read(EXCERPT).records().get(0);
        List<String> lines = Files.readAllLines(EXCERPT, StandardCharsets.UTF_8);
        assertThat(first.verbatim()).isEqualTo(String.join("\n", lines.subList(0, 7)));
        assertThat(read(EXCERPT).records()).allSatisfy(r -> assertThat(r.values())
                .allSatisfy(v -> assertThat(v.text()).doesNotContain("\r")));
    }

    @Test
    void noLabelledLineOfTheExcerptEndsUpInOther() throws IOException {
        ReadResult result = read(EXCERPT);
        List<String> other = result.records().stream().flatMap(r -> r.all(Field.OTHER).stream()).toList();
        assertThat(other).noneMatch(t -> LABELLED.matcher(t).find());
        long labelledLines = Files.readAllLines(EXCERPT).stream().filter(l -> LABELLED.matcher(l).find()).count();
        long sentences = result.records().stream().mapToLong(r -> r.all(Field.SENTENCE).size()).sum();
        assertThat(labelledLines).isGreaterThan(100);
        assertThat(sentences).isGreaterThanOrEqualTo(35);
    }

    @Test
    void entriesWithANameLineAndVariants() throws IOException {
        Path file = dir.resolve("named.txt");
        Files.writeString(file, "ТОНИН (САРСЕНЕВ) Халил Букончинович\r\n(варианты фамилии: Тонин-Сарсенев)\r\n"
                + "Родился в 1899 г., Южно-Казахстанская обл.; казах;\r\n---\r\n\r\nАбланов Садык\r\nРодился в 1894 г.\r\n");
        ReadResult result = read(file);
        assertThat(result.records()).extracting(RawRecord::line).containsExactly(1L, 6L);
        assertThat(result.records().get(0).first(Field.FULL_NAME)).contains("ТОНИН (САРСЕНЕВ) Халил Букончинович");
        assertThat(result.records().get(0).all(Field.NAME_VARIANTS)).containsExactly("(варианты фамилии: Тонин-Сарсенев)");
        assertThat(result.records().get(1).first(Field.FULL_NAME)).contains("Абланов Садык");
        assertThat(result.records().get(1).first(Field.BIRTH_DATE)).contains("в 1894 г.");
    }

    @Test
    void aFileWithoutSeparatorsIsOneNote() throws IOException {
        Path file = dir.resolve("note.txt");
        Files.writeString(file, "\n\nРод. в 1905, Южно-Казахстанская обл., казах. Проживал: г. Алма-Ата. Зам. директора Казмздата.\n"
                + "  Приговор: выездная сессия ВК ВС СССР, 27.02.1938.\n  Реабилитирован ВК ВС СССР июнь 1957\n");
        ReadResult result = read(file);
        assertThat(result.records()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.first(Field.SENTENCED_BY)).contains("выездная сессия ВК ВС СССР");
            assertThat(r.first(Field.OCCUPATION)).contains("Зам. директора Казмздата.");
            assertThat(r.first(Field.REHABILITATION)).contains("Реабилитирован ВК ВС СССР июнь 1957");
        });
    }

    @Test
    void windows1251TextIsDetected() throws IOException {
        Path file = dir.resolve("cp1251.txt");
        Files.writeString(file, "Родилась в 1905 г., г.Макеевка; русская;\r\n---\r\n", TextInput.WINDOWS_1251);
        assertThat(read(file).records().get(0).first(Field.BIRTH_PLACE)).contains("г.Макеевка");
    }

    @Test
    void windows1251ReadAsUtf8IsACleanErrorNamingTheLine() throws IOException {
        Path file = dir.resolve("cp1251.txt");
        Files.writeString(file, "Abc\nРодилась в 1905 г.\n", TextInput.WINDOWS_1251);
        MemoryBookReader reader = new MemoryBookReader(file, StandardCharsets.UTF_8, new MemoryBookTextSplitter());
        assertThatThrownBy(() -> ReadResult.of(reader))
                .isInstanceOfSatisfying(UnreadableInputException.class,
                        e -> assertThat(e.kind()).isEqualTo(UnreadableInputException.Kind.ENCODING))
                .hasMessageContaining("cp1251.txt")
                .hasMessageContaining("line 2")
                .hasMessageContaining("windows-1251")
                .hasMessageNotContaining("\n");
    }

    @Test
    void binaryFileIsRefusedWithOneLine() throws IOException {
        Path file = dir.resolve("photo.txt");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertThatThrownBy(() -> read(file))
                .isInstanceOfSatisfying(UnreadableInputException.class,
                        e -> assertThat(e.kind()).isEqualTo(UnreadableInputException.Kind.BINARY))
                .hasMessageStartingWith("photo.txt: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void emptyFileHasNoRecordsAndNoProblems() throws IOException {
        Path file = dir.resolve("empty.txt");
        Files.writeString(file, "");
        assertThat(read(file).records()).isEmpty();
        assertThat(read(file).problems()).isEmpty();
    }

    @Test
    void tenMegabyteLineIsAProblemAndTheNextEntryStillComesThrough() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("Родился в 1900 г.\n".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "абвгд ".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (int written = 0; written < 10_000_000; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\n---\nРодилась в 1901 г.\n".getBytes(StandardCharsets.UTF_8));
        }
        ReadResult result = read(file);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reason()).contains("longer than");
            assertThat(p.value()).hasSizeLessThan(100);
        });
        assertThat(result.records()).extracting(RawRecord::line).containsExactly(1L, 4L);
        assertThat(result.records().get(1).first(Field.GENDER)).contains("ж");
    }
}
