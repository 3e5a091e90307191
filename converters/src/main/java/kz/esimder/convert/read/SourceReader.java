package kz.esimder.convert.read;

import java.io.Closeable;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads one source file as a stream of {@link RawRecord}s, one implementation per format
 * (memory-book text, CSV/TSV, XLSX, JSON Lines). Records are handed over one at a time so that a
 * million-record file never sits in memory. A record the reader cannot make sense of at all (a
 * broken quote, a row of the wrong width) goes to the problem sink with its line and the reader
 * carries on with the next one; only an unreadable file throws.
 */
public interface SourceReader extends Closeable {

    /**
     * Reads every record.
     *
     * @param records  receives each record in source order
     * @param problems receives each record that could not be read, with its location
     * @throws IOException when the input as a whole cannot be read (missing, binary, wrong encoding)
     */
    void read(Consumer<RawRecord> records, Consumer<ReadProblem> problems) throws IOException;

    /**
     * A record, or a part of one, that could not be read: where, and why. {@link Severity#SKIPPED}
     * means text of the input is in no record (count it as read and rejected); {@link Severity#WARNING}
     * means everything was read but something about it is doubtful (an encoding given against the
     * evidence).
     */
    record ReadProblem(String file, long line, String field, String value, String reason, Severity severity) {

        /** What a problem cost. */
        public enum Severity { SKIPPED, WARNING }

        /** A problem whose text is in no record. */
        public ReadProblem(String file, long line, String field, String value, String reason) {
            this(file, line, field, value, reason, Severity.SKIPPED);
        }

        public boolean skipped() {
            return severity == Severity.SKIPPED;
        }
    }
}
