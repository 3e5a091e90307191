package kz.esimder.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Sends each parsed quad to the public or the restricted database. A quad goes to the restricted
 * one when its graph is marked restricted or its file was loaded as restricted. Quads in the
 * store's own ontology/vocabulary graphs are dropped (the loader writes those from the classpath),
 * and a quad repeated within a short window (the same value written twice in one record) is
 * counted once, so that the loader can demand: quads sent = quads stored.
 */
final class QuadRouter extends StreamRDFBase {
    private static final int DUPLICATE_WINDOW = 10_000;

    private final StreamRDF publicSink;
    private final StreamRDF restrictedSink;
    private final Set<Node> restrictedGraphs;
    private final GraphNames graphNames;
    private final Map<Quad, Boolean> recent = new LinkedHashMap<>(DUPLICATE_WINDOW * 2, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Quad, Boolean> eldest) { return size() > DUPLICATE_WINDOW; }
    };
    private String file = "";
    private boolean fileRestricted;
    long publicQuads;
    long restrictedQuads;
    long duplicates;
    long builtInGraphQuads;

    QuadRouter(StreamRDF publicSink, StreamRDF restrictedSink, Set<Node> restrictedGraphs, GraphNames graphNames) {
        this.publicSink = publicSink;
        this.restrictedSink = restrictedSink;
        this.restrictedGraphs = restrictedGraphs;
        this.graphNames = graphNames;
    }

    void startFile(String fileName, boolean restricted) {
        this.file = fileName;
        this.fileRestricted = restricted;
    }

    @Override
    public void triple(Triple triple) {
        throw new LoadException(file + ": a triple outside any named graph (" + triple.getSubject() + " ...); "
                + "every quad must name its source graph (docs/model.md)");
    }

    @Override
    public void quad(Quad quad) {
        if (quad.isDefaultGraph() || quad.getGraph() == null) {
            triple(quad.asTriple());
            return;
        }
        if (graphNames.isBuiltIn(quad.getGraph())) {
            builtInGraphQuads++;
            return;
        }
        if (recent.put(quad, Boolean.TRUE) != null) {
            duplicates++;
            return;
        }
        if (fileRestricted || restrictedGraphs.contains(quad.getGraph())) {
            restrictedQuads++;
            restrictedSink.quad(quad);
        } else {
            publicQuads++;
            publicSink.quad(quad);
        }
    }
}
