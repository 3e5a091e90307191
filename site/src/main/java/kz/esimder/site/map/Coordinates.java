package kz.esimder.site.map;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.esimder.site.data.RdfStore;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.springframework.stereotype.Component;

/** WGS84 coordinates of places and camps ({@code wgs84:lat}/{@code wgs84:long} in the gazetteer). */
@Component
public class Coordinates {
    private static final String QUERY = """
            PREFIX wgs84: <http://www.w3.org/2003/01/geo/wgs84_pos#>
            SELECT ?x ?lat ?long WHERE { VALUES (?x) { ?xs } ?x wgs84:lat ?lat ; wgs84:long ?long }""";

    /** A point: latitude, longitude. */
    public record LatLong(double lat, double lon) {}

    /** Marks a place without coordinates in the cache. */
    private static final LatLong NONE = new LatLong(Double.NaN, Double.NaN);

    private final RdfStore store;
    private final kz.esimder.site.data.GenerationCache<String, LatLong> cache;

    public Coordinates(RdfStore store) {
        this.store = store;
        this.cache = new kz.esimder.site.data.GenerationCache<>(store, 50_000);
    }

    /** The coordinates of the places that have them (asked once per store generation). */
    public Map<String, LatLong> of(Collection<String> iris) {
        Map<String, LatLong> found = new HashMap<>(cache.getAll(iris.stream().distinct().limit(1000).toList(), NONE, this::load));
        found.values().removeIf(ll -> ll == NONE);
        return found;
    }

    private Map<String, LatLong> load(List<String> iris) {
        Map<String, LatLong> found = new HashMap<>();
        if (iris.isEmpty()) {
            return found;
        }
        List<RDFNode> values = iris.stream()
                .map(i -> (RDFNode) ResourceFactory.createResource(i)).toList();
        ParameterizedSparqlString q = new ParameterizedSparqlString(QUERY);
        q.setValues("xs", values);
        for (var row : store.select(q)) {
            try {
                found.putIfAbsent(row.getResource("x").getURI(),
                        new LatLong(row.getLiteral("lat").getDouble(), row.getLiteral("long").getDouble()));
            } catch (RuntimeException badNumber) {
                // a malformed coordinate in the gazetteer leaves the place off the map, nothing more
            }
        }
        return found;
    }
}
