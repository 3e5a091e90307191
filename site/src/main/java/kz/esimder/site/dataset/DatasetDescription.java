package kz.esimder.site.dataset;

import java.util.List;
import kz.esimder.site.data.RdfStore;
import kz.esimder.site.data.SiteSettings;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.springframework.stereotype.Component;

/** The dataset's own description, in VoID and DCAT: counts, licence, endpoint, dumps with size and checksum. */
@Component
class DatasetDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";

    private final String base;
    private final DatasetCounts counts;
    private final DumpFiles dumps;
    private final RdfStore store;

    DatasetDescription(SiteSettings settings, DatasetCounts counts, DumpFiles dumps, RdfStore store) {
        this.store = store;
        this.base = settings.base();
        this.counts = counts;
        this.dumps = dumps;
    }

    Model model() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID);
        m.setNsPrefix("dcat", DCAT.NS);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("spdx", SPDX);
        DatasetCounts.Counts c = counts.get();
        Resource ds = m.createResource(iri(base))
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "Esimder: victims of political repression in Kazakhstan, 1920s-1950s", "en")
                .addProperty(DCTerms.title, "Есімдер: Қазақстандағы саяси қуғын-сүргін құрбандары, 1920-1950 жж.", "kk")
                .addProperty(DCTerms.title, "Есімдер: жертвы политических репрессий в Казахстане, 1920-1950-е гг.", "ru")
                .addProperty(DCTerms.license, m.createResource(LICENCE))
                .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(base + "sparql"))
                .addProperty(m.createProperty(VOID, "uriSpace"), base + "id/")
                .addProperty(m.createProperty(VOID, "vocabulary"), m.createResource("https://w3id.org/esimder/ontology#"))
                .addProperty(m.createProperty(VOID, "exampleResource"), m.createResource(base + "id/person/cardfile-kk-6"))
                .addLiteral(m.createProperty(VOID, "triples"), m.createTypedLiteral(c.triples(), XSDDatatype.XSDinteger))
                .addLiteral(m.createProperty(VOID, "entities"), m.createTypedLiteral(c.persons() + c.events(), XSDDatatype.XSDinteger));
        classPartition(m, ds, "https://w3id.org/esimder/ontology#Person", c.persons());
        classPartition(m, ds, "https://w3id.org/esimder/ontology#RepressionEvent", c.events());
        classPartition(m, ds, "https://w3id.org/esimder/ontology#Source", c.sources());
        for (DumpFiles.Dump d : dumps.current()) {
            Resource file = m.createResource(base + "dumps/" + d.name());
            ds.addProperty(m.createProperty(VOID, "dataDump"), file);
            ds.addProperty(DCAT.distribution, m.createResource(base + "dumps/" + d.name() + "#distribution")
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.downloadURL, file)
                    .addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/" + d.mediaType()))
                    .addProperty(DCAT.compressFormat, m.createResource("https://www.iana.org/assignments/media-types/application/gzip"))
                    .addLiteral(DCAT.byteSize, m.createTypedLiteral(d.size(), XSDDatatype.XSDinteger))
                    .addProperty(DCTerms.license, m.createResource(LICENCE))
                    .addProperty(m.createProperty(SPDX, "checksum"), m.createResource()
                            .addProperty(m.createProperty(SPDX, "algorithm"), m.createResource(SPDX + "checksumAlgorithm_sha256"))
                            .addProperty(m.createProperty(SPDX, "checksumValue"), d.sha256())));
        }
        addLinksets(m, ds);
        return m;
    }

    /**
     * The dataset's IRI, {@code {base}id/dataset}: an identifier under {@code id/} as DESIGN.md
     * "Identifiers" prescribes for data, the same one linking names in its linksets.
     */
    static String iri(String base) {
        return kz.esimder.convert.link.LinksetTargets.ours(base);
    }

    /** This dataset's IRI. */
    String iri() {
        return iri(base);
    }

    /**
     * Every linkset (deduplication, Wikidata, GeoNames, Memorial, partners) as a {@code void:Linkset}
     * subset of this dataset, with its link predicate, triple count and (for a partner's) publisher.
     */
    private void addLinksets(Model m, Resource ds) {
        m.add(store.linksets(base));
    }

    private static void classPartition(Model m, Resource ds, String cls, long entities) {
        ds.addProperty(m.createProperty(VOID, "classPartition"), m.createResource()
                .addProperty(m.createProperty(VOID, "class"), m.createResource(cls))
                .addLiteral(m.createProperty(VOID, "entities"), m.createTypedLiteral(entities, XSDDatatype.XSDinteger)));
    }

    List<DumpFiles.Dump> dumps() {
        return dumps.current();
    }
}
