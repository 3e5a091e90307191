package kz.esimder.site.concept;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.esimder.ontology.Esm;
import kz.esimder.ontology.Vocab;
import kz.esimder.site.concept.ConceptView.Item;
import kz.esimder.site.data.Iris;
import kz.esimder.site.data.Labels;
import kz.esimder.site.data.LabelPicker;
import kz.esimder.site.data.ScriptSafeJson;
import kz.esimder.site.map.Coordinates;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.springframework.stereotype.Component;

/** Builds a {@link ConceptView} from the concept's triples. */
@Component
class ConceptViewBuilder {
    private static final List<Property> LINKED = List.of(Esm.organKind, Esm.region, SKOS.exactMatch, SKOS.closeMatch);
    private final Labels labels;
    private final Iris iris;
    private final Coordinates coordinates;

    ConceptViewBuilder(Labels labels, Iris iris, Coordinates coordinates) {
        this.labels = labels;
        this.iris = iris;
        this.coordinates = coordinates;
    }

    ConceptView build(Model m, String iri, String scheme, Locale locale) {
        Resource c = m.createResource(iri);
        Set<String> linked = new HashSet<>();
        m.listObjects().forEach(o -> { if (o.isURIResource()) linked.add(o.asResource().getURI()); });
        m.listSubjects().forEach(s -> { if (s.isURIResource()) linked.add(s.getURI()); });
        String schemeIri = Vocab.NS + scheme;
        linked.add(schemeIri);
        Map<String, String> names = labels.of(linked, locale);
        List<Literal> pref = new ArrayList<>();
        c.listProperties(SKOS.prefLabel).forEach(s -> pref.add(s.getLiteral()));
        String label = pref.isEmpty() ? names.getOrDefault(iri, iri) : LabelPicker.pick(pref, locale);
        List<String> alt = new ArrayList<>();
        c.listProperties(SKOS.altLabel).forEach(s -> alt.add(s.getString()));
        c.listProperties(SKOS.prefLabel).forEach(s -> { if (!s.getString().equals(label)) alt.add(s.getString()); });
        List<Literal> definitions = new ArrayList<>();
        for (Property p : List.of(SKOS.definition, SKOS.scopeNote, org.apache.jena.vocabulary.RDFS.comment)) {
            c.listProperties(p).forEach(s -> { if (s.getObject().isLiteral()) definitions.add(s.getLiteral()); });
        }
        List<Item> properties = new ArrayList<>();
        for (Property p : LINKED) {
            c.listProperties(p).forEach(s -> properties.add(item("prop." + p.getLocalName(), s.getObject(), names)));
        }
        c.listProperties(Esm.wikidataId).forEach(s -> properties.add(new Item("prop.wikidataId",
                "Wikidata " + s.getString(), "https://www.wikidata.org/wiki/" + java.net.URLEncoder.encode(s.getString(), java.nio.charset.StandardCharsets.UTF_8))));
        c.listProperties(Esm.geonamesId).forEach(s -> properties.add(new Item("prop.geonamesId",
                "GeoNames " + s.getString(), "https://www.geonames.org/" + java.net.URLEncoder.encode(s.getString(), java.nio.charset.StandardCharsets.UTF_8))));
        List<Item> broader = new ArrayList<>();
        c.listProperties(SKOS.broader).forEach(s -> broader.add(item("prop.broader", s.getObject(), names)));
        List<Item> narrower = new ArrayList<>();
        m.listSubjectsWithProperty(SKOS.broader, c).forEach(n -> narrower.add(item("prop.narrower", n, names)));
        var ll = coordinates.of(List.of(iri)).get(iri);
        String mapJson = null;
        if (ll != null) {
            var points = ScriptSafeJson.mapper().createArrayNode();
            points.addObject().put("lat", ll.lat()).put("lon", ll.lon()).put("label", label);
            mapJson = ScriptSafeJson.write(points);
        }
        return new ConceptView(iri, label, scheme, names.getOrDefault(schemeIri, scheme), "/page/vocab/" + scheme,
                string(c, SKOS.notation), alt, definitions.isEmpty() ? null : LabelPicker.pick(definitions, locale),
                string(c, Esm.validFrom), string(c, Esm.validTo), properties, broader, narrower, mapJson);
    }

    private Item item(String key, RDFNode node, Map<String, String> names) {
        if (node.isURIResource()) {
            String uri = node.asResource().getURI();
            String page = iris.pageOf(uri);
            return new Item(key, names.getOrDefault(uri, uri), page != null ? page : uri);
        }
        return new Item(key, node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString(), null);
    }

    private static String string(Resource r, Property p) {
        var s = r.getProperty(p);
        return s == null || !s.getObject().isLiteral() ? null : s.getObject().asLiteral().getLexicalForm();
    }
}
