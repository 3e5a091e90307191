package kz.esimder.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.assembler.Assembler;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;

/**
 * The assembler Turtle of {@code fuseki-config/esimder-fuseki.ttl}, read from the classpath and
 * pointed at one generation of the store. The embedded server, the loader (for the name index
 * definition) and a standalone Fuseki all use this one file.
 */
public final class FusekiConfiguration {
    public static final String RESOURCE = "esimder/fuseki/esimder-fuseki.ttl";
    static final String BASE = "https://w3id.org/esimder/fuseki-config";
    static final String FUSEKI = "http://jena.apache.org/fuseki#";
    static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";

    private static final Property tdb2Location = ResourceFactory.createProperty(TDB2, "location");
    private static final Property fusekiName = ResourceFactory.createProperty(FUSEKI, "name");
    private static final Property allowedUsers = ResourceFactory.createProperty(FUSEKI, "allowedUsers");
    private static final Property services = ResourceFactory.createProperty(FUSEKI, "services");
    private static final Property cxtName = ResourceFactory.createProperty(JA, "cxtName");
    private static final Property cxtValue = ResourceFactory.createProperty(JA, "cxtValue");
    static final String PUBLIC_SERVICE = "sparql";
    static final String ADMIN_SERVICE = "admin/update";

    static { JenaSystem.init(); }

    private FusekiConfiguration() {}

    /** The file as written. */
    public static Model template() {
        try (InputStream in = FusekiConfiguration.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base(BASE).parse(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The configuration for {@code generation}: the TDB2 and Lucene locations are the generation's,
     * the public query timeout is the configured one, the admin service allows the configured admin
     * user (authenticated by {@link AdminAuthFilter}, Fuseki checks the name again); without admin
     * credentials the admin service is not configured at all.
     */
    public static Model forGeneration(Path generation, StoreSettings settings) {
        Model model = template();
        replaceAll(model, tdb2Location, model.createLiteral(StoreLayout.tdb2(generation).toString()));
        replaceAll(model, TextVocab.pDirectory, model.createLiteral(StoreLayout.text(generation).toString()));
        model.listStatements(null, cxtName, "arq:queryTimeout").toList().forEach(s -> {
            s.getSubject().removeAll(cxtValue);
            s.getSubject().addProperty(cxtValue, Long.toString(settings.queryTimeout().toMillis()));
        });
        model.listStatements(null, allowedUsers, (org.apache.jena.rdf.model.RDFNode) null).toList().forEach(s -> {
            model.remove(s);
            model.add(s.getSubject(), allowedUsers, settings.adminUser());
        });
        if (!settings.adminEnabled()) removeService(model, ADMIN_SERVICE);
        return model;
    }

    private static void replaceAll(Model model, Property p, org.apache.jena.rdf.model.RDFNode value) {
        List<Statement> found = model.listStatements(null, p, (org.apache.jena.rdf.model.RDFNode) null).toList();
        if (found.isEmpty()) throw new IllegalStateException(RESOURCE + " has no " + p);
        found.forEach(s -> {
            model.remove(s);
            model.add(s.getSubject(), p, value);
        });
    }

    private static void removeService(Model model, String name) {
        Resource service = model.listSubjectsWithProperty(fusekiName, name).nextOptional()
                .orElseThrow(() -> new IllegalStateException(RESOURCE + " has no service named " + name));
        model.listStatements(null, services, (org.apache.jena.rdf.model.RDFNode) null).toList().forEach(s -> {
            List<org.apache.jena.rdf.model.RDFNode> kept = s.getObject().as(org.apache.jena.rdf.model.RDFList.class).asJavaList()
                    .stream().filter(n -> !n.equals(service)).toList();
            model.remove(s);
            model.add(s.getSubject(), services, model.createList(kept.iterator()));
        });
        service.removeProperties();
    }

    /** The public dataset (TDB2 with the name index), assembled from {@code model}. */
    public static DatasetGraph openDataset(Model model) {
        Resource root = single(model, TextVocab.textDataset);
        return ((Dataset) Assembler.general().open(root)).asDatasetGraph();
    }

    /** The name index alone, for the loader to fill. */
    static TextIndex openNameIndex(Model model) {
        Resource root = single(model, TextVocab.textIndexLucene);
        return (TextIndex) Assembler.general().open(root);
    }

    private static Resource single(Model model, Resource type) {
        List<Resource> found = model.listSubjectsWithProperty(RDF.type, type).toList();
        if (found.size() != 1) throw new IllegalStateException(RESOURCE + ": expected one " + type + ", found " + found.size());
        return found.get(0);
    }
}
