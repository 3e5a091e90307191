package kz.esimder.convert.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first worksheet of an .xlsx workbook with POI's streaming (SAX) API, so a large
 * workbook is never loaded whole. Rows are numbered as Excel shows them (1-based); title rows
 * above the header are skipped; a cell holding an Excel date becomes {@code dd.MM.yyyy} text and a
 * number its digits as Excel displays them («1900», not «1900.0»).
 */
public final class XlsxReader implements SourceReader {

    private final Path path;
    private final ReaderOptions options;
    private final MemoryBookTextSplitter splitter;

    public XlsxReader(Path path, ReaderOptions options, MemoryBookTextSplitter splitter) {
        this.path = path;
        this.options = options;
        this.splitter = splitter;
    }

    @Override
    public void read(Consumer<RawRecord> records, Consumer<ReadProblem> problems) throws IOException {
        String file = path.getFileName().toString();
        TableRows rows = new TableRows(file, options.mapping(), splitter, LineReader.DEFAULT_MAX_CHARS, records, problems);
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                        new RowCollector(rows), new ExcelDateFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI signals a corrupt or non-OOXML file with unchecked exceptions as well as checked ones
            throw new UnreadableInputException(UnreadableInputException.Kind.FORMAT,
                    file + ": not a readable .xlsx workbook (" + firstLine(e) + ")", e);
        }
        rows.finish();
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Collects the cells of each row by column (POI skips empty cells) and hands the row on. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final TableRows rows;
        private final List<String> cells = new ArrayList<>();

        RowCollector(TableRows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            rows.row(rowNum + 1L, new ArrayList<>(cells));
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(formattedValue);
        }
    }

    /** Excel dates as the memory books write them: {@code dd.MM.yyyy}, not the workbook's locale format. */
    private static final class ExcelDateFormatter extends DataFormatter {
        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime at = DateUtil.getLocalDateTime(value, use1904Windowing);
                return at.toLocalTime().toSecondOfDay() == 0 ? at.format(DAY) : at.format(MINUTE);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    @Override
    public void close() {
        // read() opens and closes the workbook itself
    }
}
