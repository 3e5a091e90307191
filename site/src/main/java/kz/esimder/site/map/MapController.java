package kz.esimder.site.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.esimder.site.data.Iris;
import kz.esimder.site.data.Labels;
import kz.esimder.site.data.RdfStore;
import kz.esimder.site.data.ScriptSafeJson;
import org.apache.jena.query.ParameterizedSparqlString;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /map}: places and camps of the gazetteer on the bundled borders of Kazakhstan (no tiles,
 * no network), each with the number of events that happened there; the list below works without JS.
 */
@Controller
class MapController {
    private static final String PLACES = """
            PREFIX esm: <https://w3id.org/esimder/ontology#>
            PREFIX wgs84: <http://www.w3.org/2003/01/geo/wgs84_pos#>
            SELECT ?x (SAMPLE(?la) AS ?lat) (SAMPLE(?lo) AS ?long) (COUNT(?e) AS ?n) (SAMPLE(?camp) AS ?isCamp) WHERE {
              ?x wgs84:lat ?la ; wgs84:long ?lo .
              BIND(EXISTS { ?x a esm:Camp } AS ?camp)
              OPTIONAL { ?e esm:place|esm:camp|esm:destination|esm:organRegion ?x }
            } GROUP BY ?x LIMIT 5000""";

    /** A point on the map. */
    public record Place(String label, String href, double lat, double lon, long events, boolean camp) {}

    private final RdfStore store;
    private final Labels labels;
    private final Iris iris;

    MapController(RdfStore store, Labels labels, Iris iris) {
        this.store = store;
        this.labels = labels;
        this.iris = iris;
    }

    @GetMapping("/map")
    String map(Locale locale, org.springframework.ui.ModelMap model) {
        model.addAttribute("places", places(locale));
        return "map";
    }

    @GetMapping("/map/places.json")
    ResponseEntity<String> json(Locale locale) {
        var points = ScriptSafeJson.mapper().createArrayNode();
        for (Place p : places(locale)) {
            points.addObject().put("lat", p.lat()).put("lon", p.lon()).put("label", p.label())
                    .put("href", p.href()).put("count", p.events()).put("camp", p.camp());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ScriptSafeJson.write(points));
    }

    private List<Place> places(Locale locale) {
        var rows = store.select(new ParameterizedSparqlString(PLACES));
        var names = labels.of(rows.stream().map(r -> r.getResource("x").getURI()).toList(), locale);
        List<Place> places = new ArrayList<>();
        for (var r : rows) {
            String x = r.getResource("x").getURI();
            try {
                places.add(new Place(names.getOrDefault(x, x), iris.pageOf(x), r.getLiteral("lat").getDouble(),
                        r.getLiteral("long").getDouble(), r.getLiteral("n").getLong(),
                        r.getLiteral("isCamp").getBoolean()));
            } catch (RuntimeException badCoordinate) {
                // a place with a malformed coordinate stays off the map
            }
        }
        places.sort(java.util.Comparator.comparing(Place::label));
        return places;
    }
}
