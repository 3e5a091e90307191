package kz.esimder.site.search;

import java.util.ArrayList;
import java.util.List;
import kz.esimder.ontology.Vocab;
import kz.esimder.site.data.Iris;
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
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            """;
    /** Persons not retired by deduplication: the survivor stands for them. */
    private static final String NOT_RETIRED = "FILTER NOT EXISTS { GRAPH ?dedup { ?p owl:sameAs ?survivor } } ";
    private final RdfStore store;
    private final Iris iris;

    FacetQuery(RdfStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
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
        ParameterizedSparqlString count = new ParameterizedSparqlString(PREFIXES + "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a esm:Person . " + NOT_RETIRED);
        appendFacets(count, form);
        count.append(" }");
        long total = store.select(count).get(0).getLiteral("n").getLong();
        ParameterizedSparqlString page = new ParameterizedSparqlString(PREFIXES + "SELECT DISTINCT ?p WHERE { ?p a esm:Person . " + NOT_RETIRED);
        appendFacets(page, form);
        page.append(" }");
        List<String> persons = new ArrayList<>();
        store.select(paging.appendTo(page)).forEach(row -> persons.add(row.getResource("p").getURI()));
        return new Result(persons, total);
    }

    record Result(List<String> persons, long total) {}

    /**
     * Each facet may be met by any record of the person: the survivor or a person merged into it
     * (its own IRI in its source's graph, {@code owl:sameAs} the survivor), bound to a variable of that
     * facet's own. A zero-or-one path, not a UNION with BIND, which would not see the outer ?p.
     */
    private static String member(String var) {
        return var + " owl:sameAs? ?p . ";
    }

    private void appendFacets(ParameterizedSparqlString q, SearchForm f) {
        q.setIri("dedup", iris.dedupGraph());
        if (f.region() != null) {
            q.append(member("?rgP") + """
                    { ?rgP esm:birthPlace|esm:residence ?rgPlace } UNION
                    { ?rgEvent esm:person ?rgP . ?rgEvent esm:place|esm:organRegion|esm:destination ?rgPlace }
                    ?rgPlace skos:broader* ?region . """);
            q.setIri("region", Vocab.NS + "place/" + f.region());
        }
        if (f.year() != null) {
            q.append(member("?yrP") + "?yrEvent esm:person ?yrP ; esm:dateBegin ?yrBegin . FILTER(?yrBegin >= ?yearStart && ?yrBegin <= ?yearEnd) ");
            q.setLiteral("yearStart", ResourceFactory.createTypedLiteral(f.year() + "-01-01", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
            q.setLiteral("yearEnd", ResourceFactory.createTypedLiteral(f.year() + "-12-31", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
        }
        if (f.organKind() != null) {
            q.append(member("?okP") + "?okEvent esm:person ?okP ; esm:organKind ?organKind . ");
            q.setIri("organKind", Vocab.NS + "organ-kind/" + f.organKind());
        }
        if (f.sentenceKind() != null) {
            q.append(member("?skP") + "?skEvent esm:person ?skP ; esm:sentenceKind ?sentenceKind . ");
            q.setIri("sentenceKind", Vocab.NS + "sentence-kind/" + f.sentenceKind());
        }
        if (f.nationality() != null) {
            q.append(member("?ntP") + "?ntP esm:nationality ?nationality . ");
            q.setIri("nationality", Vocab.NS + "nationality/" + f.nationality());
        }
        if (f.rehabilitated() != null) {
            q.append(f.rehabilitated() ? "FILTER EXISTS" : "FILTER NOT EXISTS");
            q.append(" { " + member("?rhP") + "?rhEvent esm:person ?rhP ; esm:eventType ?rehabilitation } ");
            q.setIri("rehabilitation", Vocab.NS + "event-type/rehabilitation");
        }
    }
}
