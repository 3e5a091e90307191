package kz.esimder.convert.record;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a record comes from and what it said, for its {@code esm:SourceRecord}: the file, the
 * 1-based line or row where it starts, its verbatim text, and what the source itself says about it.
 *
 * @param file             the input file name, no directories
 * @param line             1-based line or row
 * @param verbatim         the record's full text as read
 * @param sourceId         the source's own identifier, or null
 * @param link             the record online (an IRI), or null
 * @param archiveReference the archive reference, or null
 * @param sourceName       the source named inside the record («Книга памяти …»), or null
 */
public record SourceLocation(String file, long line, String verbatim, String sourceId, String link,
                             ArchiveReference archiveReference, String sourceName) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(verbatim, "verbatim");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1-based, was " + line);
        }
    }

    public Optional<String> sourceIdentifier() { return Optional.ofNullable(sourceId); }
    public Optional<String> onlineLink() { return Optional.ofNullable(link); }
    public Optional<ArchiveReference> reference() { return Optional.ofNullable(archiveReference); }
    public Optional<String> namedSource() { return Optional.ofNullable(sourceName); }
}
