package kz.esimder.site.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.esimder.ontology.Vocab;
import kz.esimder.site.data.Labels;
import kz.esimder.site.data.RdfStore;
import org.apache.jena.query.ParameterizedSparqlString;
import org.springframework.stereotype.Component;

/**
 * The choices of each facet: the concepts of its vocabulary, labelled in the page's language. They
 * change only with the data, so they are worked out once per store generation and language.
 */
@Component
class FacetOptions {
    /** A choice: the concept's local name (the URL value) and its label. */
    public record Option(String value, String label) {}

    private static final String CONCEPTS = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?c WHERE { ?c skos:inScheme ?scheme } LIMIT 500""";
    private final RdfStore store;
    private final Labels labels;
    private final kz.esimder.site.data.GenerationCache<String, Map<String, List<Option>>> cache;

    FacetOptions(RdfStore store, Labels labels) {
        this.store = store;
        this.labels = labels;
        this.cache = new kz.esimder.site.data.GenerationCache<>(store, 16);
    }

    Map<String, List<Option>> all(Locale locale) {
        return cache.get(locale.getLanguage(), lang -> compute(locale));
    }

    private Map<String, List<Option>> compute(Locale locale) {
        Map<String, List<Option>> facets = new LinkedHashMap<>();
        facets.put("region", of("place", locale));
        facets.put("organKind", of("organ-kind", locale));
        facets.put("sentenceKind", of("sentence-kind", locale));
        facets.put("nationality", of("nationality", locale));
        return java.util.Collections.unmodifiableMap(facets);
    }

    private List<Option> of(String scheme, Locale locale) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(CONCEPTS);
        q.setIri("scheme", Vocab.NS + scheme);
        List<String> concepts = new ArrayList<>();
        store.select(q).forEach(row -> concepts.add(row.getResource("c").getURI()));
        Map<String, String> names = labels.of(concepts, locale);
        String prefix = Vocab.NS + scheme + "/";
        return concepts.stream().filter(c -> c.startsWith(prefix))
                .map(c -> new Option(c.substring(prefix.length()), names.getOrDefault(c, c.substring(prefix.length()))))
                .sorted(Comparator.comparing(Option::label)).toList();
    }
}
