package kz.esimder.store;

import java.nio.file.Path;
import java.util.Properties;

/**
 * What a load did. {@code publicQuads} and {@code restrictedQuads} are the quads from the input
 * files as stored; {@code builtInQuads} the ontology and vocabulary graphs written from the
 * classpath and the statistics graph; {@code duplicates} repeated quads counted once; {@code replacedBuiltInQuads} input
 * quads in the ontology/vocabulary graphs, replaced by the classpath's; {@code afterLoad} what the
 * post-load step (deduplication and linking) said, or empty; {@code timings} seconds per phase.
 */
public record LoadReport(Path generation, long publicQuads, long restrictedQuads, long builtInQuads,
                         long duplicates, long replacedBuiltInQuads, long indexedNames, int restrictedGraphs, String afterLoad,
                         String timings) {

    /** All quads stored in the public database. */
    public long publicDatabaseQuads() { return publicQuads + builtInQuads; }

    /** The quads loaded from the input files: what {@code esimder load} prints. */
    public long quadsLoaded() { return publicQuads + restrictedQuads; }

    String toMarker() {
        Properties p = new Properties();
        p.setProperty("publicQuads", Long.toString(publicQuads));
        p.setProperty("restrictedQuads", Long.toString(restrictedQuads));
        p.setProperty("builtInQuads", Long.toString(builtInQuads));
        p.setProperty("duplicates", Long.toString(duplicates));
        p.setProperty("replacedBuiltInQuads", Long.toString(replacedBuiltInQuads));
        p.setProperty("indexedNames", Long.toString(indexedNames));
        p.setProperty("restrictedGraphs", Integer.toString(restrictedGraphs));
        StringBuilder sb = new StringBuilder("# Esimder store generation: complete\n");
        p.stringPropertyNames().stream().sorted().forEach(k -> sb.append(k).append('=').append(p.getProperty(k)).append('\n'));
        return sb.toString();
    }

    @Override
    public String toString() {
        return String.format("%,d quads loaded (%,d public, %,d restricted in %d graphs), %,d ontology/vocabulary/statistics quads, "
                        + "%,d duplicates skipped, %,d names indexed, generation %s",
                quadsLoaded(), publicQuads, restrictedQuads, restrictedGraphs, builtInQuads, duplicates, indexedNames,
                generation.getFileName()) + (afterLoad == null || afterLoad.isEmpty() ? "" : "; " + afterLoad)
                + (timings == null || timings.isEmpty() ? "" : " (" + timings + ")");
    }
}
