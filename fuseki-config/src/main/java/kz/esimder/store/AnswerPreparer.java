package kz.esimder.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetReaderRegistry;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Computes one cookbook answer into a directory: the query runs once (under the result limit, as
 * on {@code /sparql}, and a timeout), its rows stream into Jena's binary result format (RDF
 * Thrift) in a temporary file, and each {@link AnswerFormat} is then written from that file,
 * gzip-compressed, as {@link AtomicFile}. Nothing holds more than a row at a time.
 */
final class AnswerPreparer {
    /**
     * Rows an ORDER BY holds in the heap before it spills sorted runs to temporary files: the
     * whole-dataset listings sort hundreds of thousands of rows, which must not need the heap of a
     * site serving visitors at the same time.
     */
    static final long SPILL_THRESHOLD = 50_000;
    /** gzip's trailer holds the length modulo 2^32; a larger answer is not kept, so that length is exact. */
    static final long MAX_PLAIN_BYTES = (1L << 32) - 1;

    private final Duration timeout;
    private final long resultLimit;

    AnswerPreparer(Duration timeout, long resultLimit) {
        this.timeout = timeout;
        this.resultLimit = resultLimit;
    }

    long resultLimit() { return resultLimit; }

    /** The file of {@code format} for {@code query} in {@code dir} (it exists once prepared). */
    Path file(Path dir, CookbookQuery query, AnswerFormat format) {
        return dir.resolve(query.fileStem(resultLimit) + "." + format.extension() + ".gz");
    }

    /** Whether the answer as written is cut at the result limit (then the response says so, as Fuseki's does). */
    boolean limited(CookbookQuery query) {
        return ResultLimitedQuery.applyLimit(QueryFactory.create(query.text()), resultLimit);
    }

    /**
     * Runs {@code query} over {@code dataset} (in a read transaction) and writes every format into
     * {@code dir}. {@code running} is told the execution while it runs (to abort it), then null.
     */
    void prepare(DatasetGraph dataset, CookbookQuery query, Path dir, Consumer<QueryExec> running) throws IOException {
        Query parsed = QueryFactory.create(query.text());
        ResultLimitedQuery.applyLimit(parsed, resultLimit);
        Path rows = Files.createTempFile(dir, "." + query.name() + ".rows.", AtomicFile.TEMP_SUFFIX);
        try {
            Txn.executeRead(dataset, () -> {
                QueryExec exec = QueryExec.newBuilder().dataset(dataset).query(parsed).set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD)
                        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build();
                running.accept(exec);
                try (exec; OutputStream out = new BufferedOutputStream(Files.newOutputStream(rows), 1 << 16)) {
                    write(exec.select(), ResultSetLang.RS_Thrift, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    running.accept(null);
                }
            });
            for (AnswerFormat format : AnswerFormat.values()) {
                AtomicFile.write(file(dir, query, format), out -> writeGzip(rows, format.lang(), out));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(rows);
        }
    }

    private static void writeGzip(Path rows, Lang lang, OutputStream target) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(target, 1 << 16);
        CountingStream counted = new CountingStream(gzip);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(rows), 1 << 16)) {
            RowSet read = RowSetReaderRegistry.getFactory(ResultSetLang.RS_Thrift).create(ResultSetLang.RS_Thrift).read(in, ARQ.getContext());
            write(read, lang, counted);
        }
        counted.flush();
        gzip.finish();
        if (counted.count > MAX_PLAIN_BYTES) throw new IOException("answer over 4 GiB (" + counted.count + " bytes): not kept");
    }

    private static void write(RowSet rows, Lang lang, OutputStream out) {
        RowSetWriterRegistry.getFactory(lang).create(lang).write(out, rows, ARQ.getContext());
    }

    /** Counts the bytes that pass, so that the answer's length is known without holding it. */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) { super(out); }

        @Override public void write(int b) throws IOException { out.write(b); count++; }
        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); count += len; }
    }
}
