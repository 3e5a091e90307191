package kz.esimder.site.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.esimder.ontology.Esm;
import kz.esimder.site.data.ScriptSafeJson;
import kz.esimder.site.map.Coordinates;
import kz.esimder.site.map.Coordinates.LatLong;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import tools.jackson.databind.node.ArrayNode;

/** A person's path on the map (birth, residence, then each event's places in timeline order), as JSON. */
final class PersonPath {
    private PersonPath() {}

    static List<String> places(Resource person, List<Resource> events) {
        List<String> iris = new ArrayList<>();
        for (Property p : List.of(Esm.birthPlace, Esm.residence)) {
            person.listProperties(p).forEach(s -> { if (s.getObject().isURIResource()) iris.add(s.getResource().getURI()); });
        }
        for (Resource e : events) {
            for (Property p : List.of(Esm.place, Esm.camp, Esm.destination)) {
                e.listProperties(p).forEach(s -> { if (s.getObject().isURIResource()) iris.add(s.getResource().getURI()); });
            }
        }
        return iris;
    }

    static String json(List<String> places, Map<String, LatLong> coordinates, Linker linker) {
        ArrayNode points = ScriptSafeJson.mapper().createArrayNode();
        for (String iri : places) {
            LatLong ll = coordinates.get(iri);
            if (ll != null) {
                var link = linker.link(org.apache.jena.rdf.model.ResourceFactory.createResource(iri));
                points.addObject().put("lat", ll.lat()).put("lon", ll.lon()).put("label", link.text())
                        .put("href", link.href());
            }
        }
        return points.isEmpty() ? null : ScriptSafeJson.write(points);
    }
}
