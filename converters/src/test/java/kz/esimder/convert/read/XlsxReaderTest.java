package kz.esimder.convert.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReaderTest {

    @TempDir
    Path dir;

    private static ReadResult xlsx(Path file) throws IOException {
        return ReadResult.of(new XlsxReader(file, ReaderOptions.defaults(), new MemoryBookTextSplitter()));
    }

    @Test
    void titleRowIsSkippedAndRowsAreNumberedAsExcelShowsThem() throws IOException {
        ReadResult result = xlsx(ReadResult.fixture("card-files/cardfile-ru.xlsx"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.records()).extracting(RawRecord::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        RawRecord first = result.at(3);
        assertThat(first.first(Field.SURNAME)).contains("Агеев");
        assertThat(first.first(Field.BIRTH_DATE)).contains("1900"); // a number cell, not «1900.0»
        assertThat(first.verbatim()).startsWith("Фамилия: Агеев\n").doesNotContain("Список");
    }

    @Test
    void excelDatesBecomeDayMonthYearTextAndGapsKeepTheirColumns() throws IOException {
        Path file = dir.resolve("dates.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Фамилия");
            header.createCell(1).setCellValue("Имя");
            header.createCell(2).setCellValue("Дата ареста");
            header.createCell(3).setCellValue("Год рождения");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Агеев");
            row.createCell(2).setCellValue(LocalDate.of(1937, 2, 2));
            row.getCell(2).setCellStyle(date);
            row.createCell(3).setCellValue(1900.0);
            workbook.write(out);
        }
        RawRecord record = xlsx(file).records().get(0);
        assertThat(record.line()).isEqualTo(2);
        assertThat(record.values()).containsExactly(
                new RawRecord.Value(Field.SURNAME, "Фамилия", "Агеев"),
                new RawRecord.Value(Field.ARREST_DATE, "Дата ареста", "02.02.1937"),
                new RawRecord.Value(Field.BIRTH_DATE, "Год рождения", "1900"));
    }

    @Test
    void aTextFileNamedXlsxIsACleanError() throws IOException {
        Path file = dir.resolve("list.xlsx");
        Files.writeString(file, "Фамилия,Имя\nАгеев,Василий\n");
        assertThatThrownBy(() -> xlsx(file))
                .isInstanceOfSatisfying(UnreadableInputException.class,
                        e -> assertThat(e.kind()).isEqualTo(UnreadableInputException.Kind.FORMAT))
                .hasMessageStartingWith("list.xlsx: not a readable .xlsx workbook")
                .hasMessageNotContaining("\n");
    }

    @Test
    void emptyWorkbookHasNoRecords() throws IOException {
        Path file = dir.resolve("empty.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet();
            workbook.write(out);
        }
        assertThat(xlsx(file).records()).isEmpty();
    }
}
