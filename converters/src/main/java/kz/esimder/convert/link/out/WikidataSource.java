package kz.esimder.convert.link.out;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Wikidata, asked in its own shape: items by {@code rdfs:label} or {@code skos:altLabel} (language
 * tagged), with P625 coordinates, P1566 GeoNames id, and for people P31 = Q5 and P569 birth date.
 */
public final class WikidataSource implements CandidateSource {
    public static final String ENTITY = "http://www.wikidata.org/entity/";
    private static final String PREFIXES = """
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static final String CONCEPTS = PREFIXES + """
            SELECT ?item ?label ?coord ?geonames WHERE {
              VALUES (?label) { ?labels }
              ?item rdfs:label|skos:altLabel ?label .
              OPTIONAL { ?item wdt:P625 ?coord }
              OPTIONAL { ?item wdt:P1566 ?geonames }
            }""";
    private static final String PEOPLE = PREFIXES + """
            SELECT ?item ?label ?birth WHERE {
              VALUES (?label) { ?labels }
              ?item rdfs:label|skos:altLabel ?label ;
                    wdt:P31 wd:Q5 .
              OPTIONAL { ?item wdt:P569 ?birth }
            }""";

    private final SparqlEndpoint endpoint;
    private final boolean people;

    private WikidataSource(SparqlEndpoint endpoint, boolean people) {
        this.endpoint = endpoint;
        this.people = people;
    }

    /** Items of any kind: places, organs, camps. */
    public static WikidataSource concepts(SparqlEndpoint endpoint) { return new WikidataSource(endpoint, false); }

    /** Humans (P31 Q5) only. */
    public static WikidataSource people(SparqlEndpoint endpoint) { return new WikidataSource(endpoint, true); }

    @Override
    public List<Candidate> lookup(Collection<Literal> labels) {
        if (labels.isEmpty()) return List.of();
        ParameterizedSparqlString q = new ParameterizedSparqlString(people ? PEOPLE : CONCEPTS);
        q.setValues("labels", new ArrayList<RDFNode>(labels));
        Candidates out = new Candidates();
        for (QuerySolution row : endpoint.select(q)) {
            Coordinates c = row.contains("coord") ? Coordinates.fromWkt(row.getLiteral("coord").getLexicalForm()) : null;
            String gn = row.contains("geonames") ? row.getLiteral("geonames").getLexicalForm() : null;
            out.add(row, c, gn, row.contains("birth") ? year(row.getLiteral("birth").getLexicalForm()) : null);
        }
        return out.list();
    }

    @Override
    public String idOf(String iri) {
        return iri.startsWith(ENTITY) ? iri.substring(ENTITY.length()) : null;
    }

    /** The year of an xsd:dateTime as Wikidata writes it («1894-05-01T00:00:00Z», «+1894-…»), or null. */
    static Integer year(String dateTime) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\+?(-?\\d{1,4})-").matcher(dateTime);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
