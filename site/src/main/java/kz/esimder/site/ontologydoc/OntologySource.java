package kz.esimder.site.ontologydoc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import kz.esimder.ontology.Esm;
import kz.esimder.site.data.RdfStore;
import kz.esimder.site.data.SiteSettings;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The ontology as a model: {@code esimder/ontology/esimder.ttl} from the ontology module's jar when
 * present, otherwise the store's {@code graph/ontology}. Read once; the ontology changes with a release.
 */
@Component
public class OntologySource {
    private static final String CLASSPATH = "esimder/ontology/esimder.ttl";
    private final RdfStore store;
    private final String graph;
    private volatile Model model;

    OntologySource(RdfStore store, SiteSettings settings) {
        this.store = store;
        this.graph = settings.base() + "graph/ontology";
    }

    public Model model() {
        Model m = model;
        if (m == null) {
            m = load();
            model = m;
        }
        return m;
    }

    private Model load() {
        Model m = ModelFactory.createDefaultModel();
        ClassPathResource file = new ClassPathResource(CLASSPATH);
        if (file.exists()) {
            try (InputStream in = file.getInputStream()) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            ParameterizedSparqlString q = new ParameterizedSparqlString(
                    "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }");
            q.setIri("g", graph);
            m.add(store.construct(q));
        }
        m.setNsPrefix("esm", Esm.NS);
        return m;
    }
}
