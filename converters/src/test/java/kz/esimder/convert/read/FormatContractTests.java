package kz.esimder.convert.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;

/** The reader contract, run against every format. */
class FormatContractTests {

    private static final List<String> KK_HEADERS = List.of(
            "Аты-жөні", "Туған жылы", "Туған жері", "Ұлты", "Қамауға алынған күні", "Үкім");

    private static List<String> cells(SourceReaderContract.Person p) {
        return List.of(p.fullName(), p.birth(), p.birthPlace(), p.nationality(), p.arrestDate(), p.sentence());
    }

    @Nested
    class MemoryBookText extends SourceReaderContract {
        @Override
        Path write(Path dir, List<Person> people) throws IOException {
            StringBuilder sb = new StringBuilder();
            for (Person p : people) {
                sb.append(p.fullName()).append("\r\n")
                        .append(p.female() ? "Родилась " : "Родился ").append(p.birth()).append(", ")
                        .append(p.birthPlace()).append("; ").append(p.nationality()).append(";\r\n")
                        .append(p.female() ? "Арестована " : "Арестован ").append(p.arrestDate()).append("\r\n")
                        .append("Приговор: ").append(p.sentence()).append("\r\n---\r\n");
            }
            return file(dir, "people.txt", sb.toString().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        long lineOf(int index) {
            return 1 + 5L * index;
        }

        @Override
        SourceFormat format() {
            return SourceFormat.MEMORYBOOK;
        }
    }

    @Nested
    class CsvUtf8WithBom extends SourceReaderContract {
        @Override
        Path write(Path dir, List<Person> people) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            StringBuilder sb = new StringBuilder(String.join(",", KK_HEADERS)).append("\r\n");
            for (Person p : people) {
                sb.append(String.join(",", cells(p).stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList()))
                        .append("\r\n");
            }
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            return file(dir, "people.csv", out.toByteArray());
        }

        @Override
        long lineOf(int index) {
            return 2 + index;
        }

        @Override
        SourceFormat format() {
            return SourceFormat.CSV;
        }
    }

    @Nested
    class TsvUtf8 extends SourceReaderContract {
        @Override
        Path write(Path dir, List<Person> people) throws IOException {
            StringBuilder sb = new StringBuilder("Тізім: 1937 жыл\n").append(String.join("\t", KK_HEADERS)).append('\n');
            for (Person p : people) {
                sb.append(String.join("\t", cells(p))).append('\n');
            }
            return file(dir, "people.tsv", sb.toString().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        long lineOf(int index) {
            return 3 + index;
        }

        @Override
        SourceFormat format() {
            return SourceFormat.CSV;
        }
    }

    @Nested
    class Xlsx extends SourceReaderContract {
        @Override
        Path write(Path dir, List<Person> people) throws IOException {
            Path file = dir.resolve("people.xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                Sheet sheet = workbook.createSheet("Тізім");
                sheet.createRow(0).createCell(0).setCellValue("Қуғын-сүргін құрбандарының тізімі");
                Row header = sheet.createRow(2);
                for (int c = 0; c < KK_HEADERS.size(); c++) {
                    header.createCell(c).setCellValue(KK_HEADERS.get(c));
                }
                for (int i = 0; i < people.size(); i++) {
                    Row row = sheet.createRow(3 + i);
                    List<String> cells = cells(people.get(i));
                    for (int c = 0; c < cells.size(); c++) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
                workbook.write(out);
            }
            return file;
        }

        @Override
        long lineOf(int index) {
            return 4 + index;
        }

        @Override
        SourceFormat format() {
            return SourceFormat.XLSX;
        }
    }

    @Nested
    class JsonLines extends SourceReaderContract {
        private final ObjectMapper json = new ObjectMapper();

        @Override
        Path write(Path dir, List<Person> people) throws IOException {
            StringBuilder sb = new StringBuilder();
            for (Person p : people) {
                Map<String, String> object = new LinkedHashMap<>();
                object.put("full_name", p.fullName());
                object.put("birth_year", p.birth());
                object.put("birth_place", p.birthPlace());
                object.put("nationality", p.nationality());
                object.put("arrest_date", p.arrestDate());
                object.put("sentence", p.sentence());
                sb.append(json.writeValueAsString(object)).append('\n');
            }
            return file(dir, "people.jsonl", sb.toString().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        long lineOf(int index) {
            return 1 + index;
        }

        @Override
        SourceFormat format() {
            return SourceFormat.JSONL;
        }
    }
}
