package kz.esimder.convert.generate;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel card file with a title row above the header, as archives export them. POI's streaming
 * workbook keeps only a window of rows in memory.
 */
final class XlsxWriter implements RecordWriter {
    /** Rows an XLSX sheet can hold, less the title and header rows. */
    static final int MAX_PERSONS = 1_048_576 - 2;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet sheet;
    private int row;

    XlsxWriter(OutputStream out) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet("Картотека");
        sheet.createRow(row++).createCell(0).setCellValue("Картотека: " + kz.esimder.convert.pipeline.SyntheticMarker.SOURCE_NAME);
        writeRow(SyntheticPerson.HEADERS);
    }

    @Override
    public void write(SyntheticPerson p) {
        writeRow(p.values());
    }

    private void writeRow(String[] values) {
        Row r = sheet.createRow(row++);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                r.createCell(i).setCellValue(values[i]);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }
}
