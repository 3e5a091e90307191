package kz.esimder.site.concept;

import java.util.ArrayList;
import java.util.List;
import kz.esimder.site.data.RdfStore;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.springframework.stereotype.Component;

/** The SPARQL behind concept and scheme pages. */
@Component
class ConceptQueries {
    private static final String CONCEPT = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            CONSTRUCT { ?c ?p ?o . ?n skos:broader ?c } WHERE {
              { ?c ?p ?o } UNION { SELECT ?n WHERE { ?n skos:broader ?c } LIMIT 200 } }""";
    private static final String MEMBERS = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?c WHERE { ?c skos:inScheme ?s } LIMIT 2000""";

    private final RdfStore store;

    ConceptQueries(RdfStore store) {
        this.store = store;
    }

    Model concept(String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(CONCEPT);
        q.setIri("c", iri);
        return store.construct(q);
    }

    List<String> members(String scheme) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(MEMBERS);
        q.setIri("s", scheme);
        List<String> members = new ArrayList<>();
        store.select(q).forEach(r -> members.add(r.getResource("c").getURI()));
        return members;
    }
}
