package kz.esimder.convert.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    @TempDir
    Path dir;

    private static ReadResult csv(Path path, ReaderOptions options) throws IOException {
        return ReadResult.of(new CsvReader(path, options, new MemoryBookTextSplitter()));
    }

    private static ReadResult csv(Path path) throws IOException {
        return csv(path, ReaderOptions.defaults());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void windows1251WithSemicolonsIsDetected() throws IOException {
        ReadResult result = csv(ReadResult.fixture("card-files/cardfile-ru-cp1251.csv"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.records()).extracting(RawRecord::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        RawRecord first = result.records().get(0);
        assertThat(first.first(Field.SURNAME)).contains("Агеев");
        assertThat(first.first(Field.CHARGES)).contains("58-1а, 58-7, 58-8, 58-9, 58-11 УК РСФСР");
        assertThat(first.verbatim()).startsWith("Фамилия: Агеев\nИмя: Василий\n");
    }

    @Test
    void utf8WithBomAndKazakhHeaders() throws IOException {
        ReadResult result = csv(ReadResult.fixture("card-files/cardfile-kk-utf8.csv"));
        assertThat(result.records()).hasSize(8);
        assertThat(result.records().get(0).values().get(0))
                .isEqualTo(new RawRecord.Value(Field.SURNAME, "Тегі", "Агеев"));
        assertThat(result.records()).noneMatch(r -> r.values().stream().anyMatch(v -> v.field() == Field.OTHER));
    }

    @Test
    void windows1251ReadAsExplicitUtf8FailsCleanlyInsteadOfGarbling() {
        Path file = ReadResult.fixture("card-files/cardfile-ru-cp1251.csv");
        assertThatThrownBy(() -> csv(file, ReaderOptions.defaults().withCharset(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UnreadableInputException.class,
                        e -> assertThat(e.kind()).isEqualTo(UnreadableInputException.Kind.ENCODING))
                .hasMessage("cardfile-ru-cp1251.csv: line 1 is not valid UTF-8 text; try --encoding windows-1251");
    }

    @Test
    void utf8ReadAsExplicitWindows1251IsReadAsAskedButWarned() throws IOException {
        // no «И» here: its UTF-8 form D0 98 holds the byte windows-1251 cannot map
        Path file = write("ru.csv", "Фамилия,Отчество\nАгеев,Васильевич\n");
        ReadResult result = csv(file, ReaderOptions.defaults().withCharset(TextInput.WINDOWS_1251));
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("looks like UTF-8"));
    }

    @Test
    void kazakhUtf8ReadAsExplicitWindows1251FailsOnTheByteCp1251Lacks() {
        // «Ә» is D3 98 in UTF-8, and 0x98 is the one byte windows-1251 leaves unmapped
        Path file = ReadResult.fixture("card-files/cardfile-kk-utf8.csv");
        assertThatThrownBy(() -> csv(file, ReaderOptions.defaults().withCharset(TextInput.WINDOWS_1251)))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("cardfile-kk-utf8.csv: line 1 is not valid windows-1251 text; check --encoding");
    }

    @Test
    void quotedValuesSpanningLinesKeepTheLineWhereTheRecordStarts() throws IOException {
        ReadResult result = csv(ReadResult.fixture("stalin-lists/spravki_sample.csv"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.records()).extracting(RawRecord::line)
                .containsExactly(2L, 5L, 8L, 11L, 14L, 17L, 19L, 22L, 25L, 28L, 31L);
        RawRecord ageev = result.at(2);
        assertThat(ageev.first(Field.SOURCE_ID)).contains("4920");
        assertThat(ageev.first(Field.FULL_NAME)).contains("Агеев Василий Иванович");
        assertThat(ageev.first(Field.SENTENCED_BY)).contains("Верховный суд СССР");
        assertThat(ageev.first(Field.SENTENCE)).contains("ВМН");
        assertThat(ageev.values()).noneMatch(v -> v.field() == Field.MEMORY_BOOK_TEXT);
        // the tabular values come first, then the fields cut from the note
        assertThat(ageev.values().get(ageev.values().size() - 1).field()).isEqualTo(Field.REHABILITATION);
        assertThat(ageev.verbatim()).contains("spravka: Род. в 1900").contains("\n  Арестован 02.02.1937.");
    }

    @Test
    void mosMemoBioColumnIsParsedAsMemoryBookText() throws IOException {
        ReadResult result = csv(ReadResult.fixture("mos-memo/all_kz_related.csv"));
        assertThat(result.records()).hasSize(11);
        RawRecord first = result.records().get(0);
        assertThat(first.all(Field.RESIDENCE)).containsExactly("Андроньевская Б. ул., д.21", "ул. Большая Андроньевская, д.21, кв. 48.");
        assertThat(first.first(Field.FULL_NAME)).contains("Кендыш Иван Прокофьевич");
        assertThat(first.first(Field.EXECUTION_DATE)).contains("09.05.1938");
        assertThat(first.first(Field.BURIAL_PLACE)).contains("Коммунарка.");
        assertThat(first.first(Field.LINK)).contains("http://mos.memo.ru/shot-2.htm#s3");
        assertThat(first.values()).filteredOn(v -> v.field() == Field.OTHER).extracting(RawRecord.Value::label)
                .containsExactly("APT", "COUNT");
    }

    @Test
    void stalinListColumns() throws IOException {
        RawRecord first = csv(ReadResult.fixture("stalin-lists/stalin_lists_kz_persons-excerpt.csv")).records().get(0);
        assertThat(first.first(Field.FULL_NAME)).contains("АГЕЕВ Василий Иванович");
        assertThat(first.first(Field.SOURCE_ID)).contains("4920");
        assertThat(first.first(Field.ARCHIVE_REFERENCE)).contains("РГАСПИ, ф.17, оп.171, дело 410");
    }

    @Test
    void tabsAndTitleRowsAboveTheHeader() throws IOException {
        Path file = write("list.tsv", "Список репрессированных, 1937\n\nФамилия\tИмя\tПримечание\nАгеев\tВасилий\tсм. дело 4\n");
        ReadResult result = csv(file);
        assertThat(result.records()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.values()).containsExactly(
                    new RawRecord.Value(Field.SURNAME, "Фамилия", "Агеев"),
                    new RawRecord.Value(Field.GIVEN_NAME, "Имя", "Василий"),
                    new RawRecord.Value(Field.OTHER, "Примечание", "см. дело 4"));
        });
    }

    @Test
    void brokenQuoteCostsOneLineAndTheRestIsRead() throws IOException {
        Path file = write("broken.csv", "Фамилия,Имя,Год рождения\nАгеев,Василий,1900\n\"Мамыров,Маулетхан,1908\nАбланов,Садык,1894\n");
        ReadResult result = csv(file);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("broken.csv");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.reason()).contains("quot");
        });
        assertThat(result.records()).extracting(RawRecord::line).containsExactly(2L, 4L);
        assertThat(result.at(4).first(Field.SURNAME)).contains("Абланов");
    }

    @Test
    void textAfterAClosingQuoteIsAProblemToo() throws IOException {
        Path file = write("broken2.csv", "Фамилия,Имя\r\n\"Агеев\" В.,Василий\r\nАбланов,Садык\r\n");
        ReadResult result = csv(file);
        assertThat(result.problems()).extracting(SourceReader.ReadProblem::line).containsExactly(2L);
        assertThat(result.records()).extracting(RawRecord::line).containsExactly(3L);
    }

    @Test
    void tenMegabyteLineIsAProblemNotAnOutOfMemoryError() throws IOException {
        Path file = dir.resolve("huge.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("Фамилия,Имя\nАгеев,".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "Василий ".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (int written = 0; written < 10_000_000; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\nАбланов,Садык\n".getBytes(StandardCharsets.UTF_8));
        }
        ReadResult result = csv(file);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("Имя");
        });
        assertThat(result.records()).extracting(RawRecord::line).containsExactly(3L);
    }

    @Test
    void emptyAndBlankFilesHaveNoRecords() throws IOException {
        assertThat(csv(write("empty.csv", "")).records()).isEmpty();
        assertThat(csv(write("blank.csv", "\n\r\n")).records()).isEmpty();
        assertThat(csv(write("header-only.csv", "Фамилия;Имя\n")).records()).isEmpty();
    }

    @Test
    void binaryFileIsRefused() throws IOException {
        Path file = dir.resolve("data.csv");
        Files.write(file, new byte[] {'a', ',', 'b', 0, 1, 2});
        assertThatThrownBy(() -> csv(file)).isInstanceOf(UnreadableInputException.class).hasMessageContaining("binary");
    }

    @Test
    void mappingFileOverridesTheDictionaryAndTheDelimiter() throws IOException {
        Path mappingFile = write("layout.properties", """
                # an unusual register
                Фамилия = FULL_NAME
                Кличка=name_variants
                delimiter = |
                restricted = true
                """);
        ColumnMapping mapping = ColumnMapping.load(mappingFile);
        assertThat(mapping.restricted()).isTrue();
        Path file = write("register.txt", "Фамилия|Кличка|Имя\nАгеев В.И.|Вася|Василий\n");
        RawRecord record = csv(file, ReaderOptions.defaults().withMapping(mapping)).records().get(0);
        assertThat(record.values()).extracting(RawRecord.Value::field)
                .containsExactly(Field.FULL_NAME, Field.NAME_VARIANTS, Field.GIVEN_NAME);
    }

    @Test
    void thirtyFirstOfFebruaryStaysAsText() throws IOException {
        Path file = write("dates.csv", "Фамилия,Дата ареста\nАгеев,31.02.1937\n");
        assertThat(csv(file).records().get(0).first(Field.ARREST_DATE)).contains("31.02.1937");
    }
}
