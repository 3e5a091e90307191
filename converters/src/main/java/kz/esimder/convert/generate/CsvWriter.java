package kz.esimder.convert.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A card-file CSV: UTF-8, comma-separated, the Russian headers, quoted where needed. */
final class CsvWriter implements RecordWriter {
    private final CSVPrinter printer;

    CsvWriter(OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.printer = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get().print(w);
        printer.printRecord((Object[]) SyntheticPerson.HEADERS);
    }

    @Override
    public void write(SyntheticPerson p) throws IOException {
        printer.printRecord((Object[]) p.values());
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
