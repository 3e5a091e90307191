package kz.esimder.convert.link.out;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * GeoNames in the shape of its RDF dump ({@code gn:Feature}, {@code gn:name}, {@code gn:alternateName},
 * {@code wgs84:lat/long}), behind a SPARQL endpoint of one's own: GeoNames has no public one.
 * {@code gn:name} is untagged, so each label is asked with and without its language tag.
 */
public final class GeoNamesSource implements CandidateSource {
    private static final Pattern ID = Pattern.compile("^https?://sws\\.geonames\\.org/(\\d+)/?");
    private static final String FEATURES = """
            PREFIX gn: <http://www.geonames.org/ontology#>
            PREFIX wgs84: <http://www.w3.org/2003/01/geo/wgs84_pos#>
            SELECT ?item ?label ?lat ?long WHERE {
              VALUES (?label) { ?labels }
              ?item a gn:Feature ;
                    gn:name|gn:alternateName|gn:officialName ?label .
              OPTIONAL { ?item wgs84:lat ?lat ; wgs84:long ?long }
            }""";

    private final SparqlEndpoint endpoint;

    public GeoNamesSource(SparqlEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public List<Candidate> lookup(Collection<Literal> labels) {
        if (labels.isEmpty()) return List.of();
        Set<RDFNode> values = new LinkedHashSet<>(labels);
        labels.forEach(l -> values.add(ResourceFactory.createStringLiteral(l.getLexicalForm())));
        ParameterizedSparqlString q = new ParameterizedSparqlString(FEATURES);
        q.setValues("labels", new ArrayList<>(values));
        Candidates out = new Candidates();
        for (QuerySolution row : endpoint.select(q)) {
            Coordinates c = null;
            if (row.contains("lat") && row.contains("long")) {
                try {
                    c = new Coordinates(Double.parseDouble(row.getLiteral("lat").getLexicalForm()),
                            Double.parseDouble(row.getLiteral("long").getLexicalForm()));
                } catch (NumberFormatException notANumber) {
                    // a feature with broken coordinates is still a candidate by name
                }
            }
            out.add(row, c, idOf(row.getResource("item").getURI()), null);
        }
        return out.list();
    }

    @Override
    public String idOf(String iri) {
        Matcher m = ID.matcher(iri);
        return m.find() ? m.group(1) : null;
    }
}
