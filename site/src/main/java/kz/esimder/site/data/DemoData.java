package kz.esimder.site.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.Triple;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.esimder.store.LiveStore;
import kz.esimder.store.LoadOptions;
import kz.esimder.store.LoadReport;
import kz.esimder.store.StoreLoader;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Fills an empty store at start-up with the demo dataset: the Memorial excerpts in
 * {@code demo/sources/} converted by the real converter ({@link DemoSources}), then deduplicated and
 * linked as {@code esimder load} does. With the TDB2 store they go through the store's own loader
 * ({@link StoreLoader}, linking as its after-load step) into a new generation, and the live store
 * reloads; in memory they are read into a dataset with the ontology and vocabularies (from the
 * ontology module's jar, {@code esimder/ontology/}, or the bundled fallback excerpt), linked there,
 * and added. Runs once the beans are ready and before the web server takes requests.
 */
@Component
public class DemoData implements SmartInitializingSingleton {
    static final String DEMO_BASE = "http://localhost:8080/";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final RdfStore store;
    private final SiteSettings settings;
    private final ObjectProvider<LiveStore> live;
    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    DemoData(RdfStore store, SiteSettings settings, ObjectProvider<LiveStore> live) {
        this.store = store;
        this.settings = settings;
        this.live = live;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!settings.demo() || !store.writable() || !store.isEmpty()) {
            return;
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("esimder-demo");
            List<Path> converted = DemoSources.convert(settings.base(), dir);
            LiveStore tdb2 = live.getIfAvailable();
            if (tdb2 != null) {
                LoadReport report = StoreLoader.load(tdb2.settings().database(), converted, LoadOptions.builder()
                        .base(settings.base()).afterLoad(DemoSources.linking(settings.base())).build());
                tdb2.reload();
                log.info("Loaded the demo dataset: {} files; {}", converted.size(), report);
            } else {
                DatasetGraph demo = DatasetGraphFactory.createTxnMem();
                Txn.executeWrite(demo, () -> {
                    if (!hasVocabularies()) loadOntology(demo);
                    converted.forEach(f -> RDFDataMgr.read(demo, f.toString()));
                });
                String linked = DemoSources.linking(settings.base()).apply(demo);
                Txn.executeRead(demo, () -> store.add(demo));
                log.info("Loaded the demo dataset: {} files; {}", converted.size(), linked);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the demo dataset", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not remove the demo's temporary directory {}", dir, e);
        }
    }

    /** The TDB2 store writes the ontology and vocabulary graphs itself when it creates a database. */
    private boolean hasVocabularies() {
        ParameterizedSparqlString q = new ParameterizedSparqlString("ASK { GRAPH ?g { ?s ?p ?o } }");
        q.setIri("g", settings.base() + "graph/vocab");
        return store.ask(q);
    }

    private int loadOntology(DatasetGraph into) {
        Node ontologyGraph = NodeFactory.createURI(settings.base() + "graph/ontology");
        Node vocabGraph = NodeFactory.createURI(settings.base() + "graph/vocab");
        int files = load("classpath*:esimder/ontology/*.ttl", into, ontologyGraph);
        int vocab = load("classpath*:esimder/ontology/vocab/*.ttl", into, vocabGraph);
        if (vocab == 0) {
            vocab = load("classpath*:demo-vocab/*.trig", into, null);
        }
        return files + vocab;
    }

    private int load(String pattern, DatasetGraph into, Node graph) {
        try {
            Resource[] found = resources.getResources(pattern);
            for (Resource r : found) {
                Lang lang = RDFLanguages.filenameToLang(r.getFilename());
                try (InputStream in = r.getInputStream()) {
                    StreamRDF sink = new Rebase(StreamRDFLib.dataset(into), settings.base(), graph);
                    RDFParser.source(in).lang(lang).parse(sink);
                }
            }
            return found.length;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pattern, e);
        }
    }

    /** Rewrites the demo base to the configured one and puts triples into a given graph. */
    private static final class Rebase extends StreamRDFWrapper {
        private final String base;
        private final Node graph;

        Rebase(StreamRDF sink, String base, Node graph) {
            super(sink);
            this.base = base;
            this.graph = graph;
        }

        @Override
        public void triple(Triple t) {
            quad(Quad.create(graph == null ? Quad.defaultGraphIRI : graph, t));
        }

        @Override
        public void quad(Quad q) {
            Node g = graph != null ? graph : q.getGraph();
            super.quad(Quad.create(map(g), map(q.getSubject()), map(q.getPredicate()), map(q.getObject())));
        }

        private Node map(Node n) {
            if (n.isURI() && !DEMO_BASE.equals(base) && n.getURI().startsWith(DEMO_BASE)) {
                return NodeFactory.createURI(base + n.getURI().substring(DEMO_BASE.length()));
            }
            return n;
        }
    }
}
