package kz.esimder.convert.pipeline;

import java.util.Objects;
import kz.esimder.convert.map.SourceDescription;
import kz.esimder.convert.read.SourceReader;

/**
 * One source to convert: its reader, its key (the {@code {sourceKey}} of its IRIs and graph) and
 * its description.
 */
public record SourceInput(String sourceKey, SourceReader reader, SourceDescription description) {
    public SourceInput {
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(description, "description");
    }
}
