package kz.esimder.site.search;

import java.util.ArrayList;
import java.util.List;
import kz.esimder.ontology.Vocab;
import kz.esimder.site.data.Paging;
import kz.esimder.site.data.RdfStore;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.springframework.stereotype.Component;

/**
 * The facet filters of a search as SPARQL: fixed graph patterns chosen by which facets are set,
 * with the values bound by {@link ParameterizedSparqlString} (never pasted into the text).
 */
@Component
class FacetQuery {
    private static final String PREFIXES = """
            PREFIX esm: <https://w3id.org/esimder/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;
    private final RdfStore store;

    FacetQuery(RdfStore store) {
        this.store = store;
    }

    /** Of the candidates (ranked by name match), those passing the facets, in the same order. */
    List<String> filter(List<String> candidates, SearchForm form) {
        if (candidates.isEmpty() || !form.hasFacets()) {
            return candidates;
        }
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + "SELECT DISTINCT ?p WHERE { ");
        q.append("VALUES (?p) { ?candidates } ");
        q.setValues("candidates", candidates.stream().map(c -> (RDFNode) ResourceFactory.createResource(c)).toList());
        appendFacets(q, form);
        q.append(" }");
        java.util.Set<String> passing = new java.util.HashSet<>();
        store.select(q).forEach(row -> passing.add(row.getResource("p").getURI()));
        return candidates.stream().filter(passing::contains).toList();
    }

    /** Without a name: all persons passing the facets, one page, and the total. */
    Result browse(SearchForm form, Paging paging) {
        ParameterizedSparqlString count = new ParameterizedSparqlString(PREFIXES + "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a esm:Person . ");
        appendFacets(count, form);
        count.append(" }");
        long total = store.select(count).get(0).getLiteral("n").getLong();
        ParameterizedSparqlString page = new ParameterizedSparqlString(PREFIXES + "SELECT DISTINCT ?p WHERE { ?p a esm:Person . ");
        appendFacets(page, form);
        page.append(" }");
        List<String> persons = new ArrayList<>();
        store.select(paging.appendTo(page)).forEach(row -> persons.add(row.getResource("p").getURI()));
        return new Result(persons, total);
    }

    record Result(List<String> persons, long total) {}

    private static void appendFacets(ParameterizedSparqlString q, SearchForm f) {
        if (f.region() != null) {
            q.append("""
                    { ?p esm:birthPlace|esm:residence ?rgPlace } UNION
                    { ?rgEvent esm:person ?p . ?rgEvent esm:place|esm:organRegion|esm:destination ?rgPlace }
                    ?rgPlace skos:broader* ?region . """);
            q.setIri("region", Vocab.NS + "place/" + f.region());
        }
        if (f.year() != null) {
            q.append("?yrEvent esm:person ?p ; esm:dateBegin ?yrBegin . FILTER(?yrBegin >= ?yearStart && ?yrBegin <= ?yearEnd) ");
            q.setLiteral("yearStart", ResourceFactory.createTypedLiteral(f.year() + "-01-01", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
            q.setLiteral("yearEnd", ResourceFactory.createTypedLiteral(f.year() + "-12-31", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
        }
        if (f.organKind() != null) {
            q.append("?okEvent esm:person ?p ; esm:organKind ?organKind . ");
            q.setIri("organKind", Vocab.NS + "organ-kind/" + f.organKind());
        }
        if (f.sentenceKind() != null) {
            q.append("?skEvent esm:person ?p ; esm:sentenceKind ?sentenceKind . ");
            q.setIri("sentenceKind", Vocab.NS + "sentence-kind/" + f.sentenceKind());
        }
        if (f.nationality() != null) {
            q.append("?p esm:nationality ?nationality . ");
            q.setIri("nationality", Vocab.NS + "nationality/" + f.nationality());
        }
        if (f.rehabilitated() != null) {
            q.append(f.rehabilitated() ? "FILTER EXISTS" : "FILTER NOT EXISTS");
            q.append(" { ?rhEvent esm:person ?p ; esm:eventType ?rehabilitation } ");
            q.setIri("rehabilitation", Vocab.NS + "event-type/rehabilitation");
        }
    }
}
