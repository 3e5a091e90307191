package kz.esimder.convert.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.LongConsumer;

/**
 * {@code esimder generate}: writes {@code persons} synthetic records in a source format, one at a
 * time (a million records need no more memory than one), the same bytes for the same seed. Every
 * record names {@link kz.esimder.convert.pipeline.SyntheticMarker#SOURCE_NAME} as its source, so
 * converted output says it is synthetic.
 */
public final class SyntheticDataGenerator {

    /**
     * @param progress called with the number of records written so far
     * @throws IllegalArgumentException when the format cannot hold that many records
     */
    public void generate(long persons, SyntheticFormat format, long seed, OutputStream out, LongConsumer progress)
            throws IOException {
        if (persons < 0) {
            throw new IllegalArgumentException("--persons must not be negative, was " + persons);
        }
        if (format == SyntheticFormat.XLSX && persons > XlsxWriter.MAX_PERSONS) {
            throw new IllegalArgumentException("an XLSX sheet holds at most " + XlsxWriter.MAX_PERSONS
                    + " persons, not " + persons + "; use csv or jsonl");
        }
        PersonGenerator generator = new PersonGenerator(seed);
        try (RecordWriter writer = writer(format, out)) {
            for (long i = 1; i <= persons; i++) {
                writer.write(generator.next());
                progress.accept(i);
            }
        }
    }

    private static RecordWriter writer(SyntheticFormat format, OutputStream out) throws IOException {
        return switch (format) {
            case MEMORYBOOK -> new MemoryBookWriter(out);
            case CSV -> new CsvWriter(out);
            case XLSX -> new XlsxWriter(out);
            case JSONL -> new JsonLinesWriter(out);
        };
    }
}
