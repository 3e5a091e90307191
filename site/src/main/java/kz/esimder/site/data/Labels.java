package kz.esimder.site.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.springframework.stereotype.Component;

/**
 * Looks up display labels ({@code rdfs:label}, {@code skos:prefLabel}) for IRIs, one query per batch
 * of those not yet known in this store generation: the labels of concepts, places and organs a page
 * links to are asked once, not on every page.
 */
@Component
public class Labels {
    private static final String QUERY = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?x ?l WHERE { VALUES (?x) { ?xs } ?x rdfs:label|skos:prefLabel ?l }""";
    private static final int BATCH = 200;
    private static final int CACHED_IRIS = 100_000;

    private final RdfStore store;
    private final GenerationCache<String, List<Literal>> cache;

    public Labels(RdfStore store) {
        this.store = store;
        this.cache = new GenerationCache<>(store, CACHED_IRIS);
    }

    /** Labels of the given IRIs in the locale (fallback order in {@link LabelPicker}); IRIs without a label are absent. */
    public Map<String, String> of(Collection<String> iris, Locale locale) {
        Map<String, List<Literal>> found = cache.getAll(new java.util.LinkedHashSet<>(iris), List.of(), this::load);
        Map<String, String> labels = new HashMap<>();
        found.forEach((iri, ls) -> {
            if (!ls.isEmpty()) {
                labels.put(iri, LabelPicker.pick(ls, locale));
            }
        });
        return labels;
    }

    private Map<String, List<Literal>> load(List<String> all) {
        Map<String, List<Literal>> found = new HashMap<>();
        for (int i = 0; i < all.size(); i += BATCH) {
            List<RDFNode> values = all.subList(i, Math.min(all.size(), i + BATCH)).stream()
                    .map(iri -> (RDFNode) ResourceFactory.createResource(iri)).toList();
            ParameterizedSparqlString q = new ParameterizedSparqlString(QUERY);
            q.setValues("xs", values);
            for (var row : store.select(q)) {
                if (row.get("l").isLiteral()) {
                    found.computeIfAbsent(row.getResource("x").getURI(), k -> new ArrayList<>()).add(row.getLiteral("l"));
                }
            }
        }
        return found;
    }

    public String of(String iri, Locale locale) {
        return of(List.of(iri), locale).get(iri);
    }
}
