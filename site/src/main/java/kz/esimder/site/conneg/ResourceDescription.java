package kz.esimder.site.conneg;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.esimder.ontology.Esm;
import kz.esimder.site.data.Paging;
import kz.esimder.site.data.RdfStore;
import kz.esimder.site.data.ResourceRef;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.springframework.stereotype.Component;

/**
 * The data document about a resource: its triples, its events and theirs, the labels of everything
 * they link to, and one page of its inbound links (never all of them: an organ has tens of
 * thousands). A vocabulary scheme's document also lists its concepts.
 */
@Component
class ResourceDescription {
    /** The document, and whether more inbound links remain after this page. */
    record Document(Model model, boolean moreInbound) {}

    private static final String OUT = "CONSTRUCT { ?r ?p ?o } WHERE { ?r ?p ?o }";
    private static final String EVENTS = """
            PREFIX esm: <https://w3id.org/esimder/ontology#>
            CONSTRUCT { ?e ?p ?o } WHERE { ?e esm:person ?r . ?e ?p ?o }""";
    private static final String SCHEME = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            CONSTRUCT { ?c ?p ?o } WHERE { ?c skos:inScheme ?r . ?c ?p ?o }""";
    private static final String INBOUND = """
            PREFIX esm: <https://w3id.org/esimder/ontology#>
            SELECT ?s ?p WHERE { ?s ?p ?r FILTER(?p != esm:person) }""";
    private static final String LABELS = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            CONSTRUCT { ?x ?lp ?l } WHERE { VALUES (?x) { ?xs } VALUES ?lp { rdfs:label skos:prefLabel } ?x ?lp ?l }""";

    private final RdfStore store;

    ResourceDescription(RdfStore store) {
        this.store = store;
    }

    Document describe(ResourceRef ref, int inboundPage, int pageSize) {
        Paging paging = new Paging(inboundPage, pageSize);
        Model m = withPrefixes(ModelFactory.createDefaultModel());
        return store.readIndexes(dsg -> DescriptionLookup.describe(dsg, ref.iri(), isScheme(ref), paging, m.getGraph()))
                .map(more -> new Document(m, more))
                .orElseGet(() -> bySparql(ref, paging));
    }

    /** The document by SPARQL, for a store without local indexes (a remote endpoint). */
    Document bySparql(ResourceRef ref, Paging paging) {
        Model m = withPrefixes(ModelFactory.createDefaultModel());
        if (paging.page() == 1) {
            m.add(run(OUT, ref.iri()));
            m.add(run(EVENTS, ref.iri()));
            if (isScheme(ref)) {
                m.add(run(SCHEME, ref.iri()));
            }
        }
        boolean more = inbound(ref.iri(), paging, m);
        addLabels(m);
        return new Document(m, more);
    }

    private static boolean isScheme(ResourceRef ref) {
        return ref.kind() == ResourceRef.Kind.VOCAB && ref.key() == null;
    }

    private static Model withPrefixes(Model m) {
        m.setNsPrefix("esm", Esm.NS);
        m.setNsPrefix("rdfs", RDFS.uri);
        m.setNsPrefix("skos", SKOS.uri);
        m.setNsPrefix("owl", OWL.NS);
        m.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        return m;
    }

    private Model run(String query, String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(query);
        q.setIri("r", iri);
        return store.construct(q);
    }

    private boolean inbound(String iri, Paging paging, Model into) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(INBOUND);
        q.setIri("r", iri);
        var rows = store.select(paging.appendTo(q));
        var target = into.createResource(iri);
        rows.stream().limit(paging.size()).forEach(row ->
                into.add(row.getResource("s"), into.createProperty(row.getResource("p").getURI()), target));
        return rows.size() > paging.size();
    }

    private void addLabels(Model m) {
        Set<RDFNode> linked = new HashSet<>();
        m.listStatements().forEach(st -> {
            if (st.getObject().isURIResource()) {
                linked.add(st.getObject());
            }
            linked.add(st.getSubject());
        });
        List<RDFNode> all = List.copyOf(linked);
        for (int i = 0; i < all.size(); i += 200) {
            ParameterizedSparqlString q = new ParameterizedSparqlString(LABELS);
            q.setValues("xs", all.subList(i, Math.min(all.size(), i + 200)));
            m.add(store.construct(q));
        }
    }

    static RDFNode iri(String iri) {
        return ResourceFactory.createResource(iri);
    }
}
