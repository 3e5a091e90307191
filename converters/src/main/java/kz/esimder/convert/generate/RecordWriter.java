package kz.esimder.convert.generate;

import java.io.Closeable;
import java.io.IOException;

/** Writes generated persons in one source format, one at a time. */
interface RecordWriter extends Closeable {
    void write(SyntheticPerson p) throws IOException;
}
