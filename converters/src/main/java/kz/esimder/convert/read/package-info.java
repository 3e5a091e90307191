/**
 * Reading sources: every input format becomes a stream of {@link kz.esimder.convert.read.RawRecord}s
 * whose values carry canonical {@link kz.esimder.convert.read.Field} names and the text as written.
 *
 * <p>Entry point: {@link kz.esimder.convert.read.SourceReaders#open(java.nio.file.Path,
 * kz.esimder.convert.read.ReaderOptions)} picks the reader for the file
 * ({@link kz.esimder.convert.read.SourceFormat#AUTO} looks at the extension, then at the first
 * bytes). One implementation per format, all checked by one contract test suite:
 * <ul>
 *   <li>{@link kz.esimder.convert.read.MemoryBookReader}: lists.memo.ru entries separated by «---»,
 *       stalin.memo.ru notes, any labelled memory-book text; the record's line is its first line.</li>
 *   <li>{@link kz.esimder.convert.read.CsvReader}: CSV/TSV, charset and delimiter detected or given,
 *       title rows above the header skipped, a broken quote costs one reported line.</li>
 *   <li>{@link kz.esimder.convert.read.XlsxReader}: the first worksheet, streamed; rows as Excel numbers them.</li>
 *   <li>{@link kz.esimder.convert.read.JsonLinesReader}: one object per line.</li>
 * </ul>
 * Tabular headers resolve through {@link kz.esimder.convert.read.ColumnAliases} (Russian, Kazakh,
 * English; {@code column-aliases.tsv}) unless a {@link kz.esimder.convert.read.ColumnMapping} file
 * says otherwise; unknown columns arrive as {@code OTHER} with the header as label; a memory-book
 * column ({@code BIO}, {@code spravka}) is cut by {@link kz.esimder.convert.read.MemoryBookTextSplitter}
 * and its fields follow the tabular ones.
 *
 * <p>Errors: a record or part of one that cannot be read goes to the problem sink with file, line,
 * field and reason, and reading goes on. A file that cannot be read at all (binary, wrong encoding,
 * not a workbook, bad mapping file) throws {@link kz.esimder.convert.read.UnreadableInputException}
 * with a one-line message and a {@link kz.esimder.convert.read.UnreadableInputException.Kind}; a
 * missing file throws {@link java.nio.file.NoSuchFileException}.
 */
package kz.esimder.convert.read;
