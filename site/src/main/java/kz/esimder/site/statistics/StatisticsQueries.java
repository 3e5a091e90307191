package kz.esimder.site.statistics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.esimder.site.data.Labels;
import kz.esimder.site.data.RdfStore;
import org.apache.jena.query.ParameterizedSparqlString;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The statistics: each chart is one SPARQL query in {@code classpath:statistics/{name}.rq}, returning
 * {@code ?key ?count}; the same text is linked from the chart and loadable in the query editor.
 * Results are cached per store version and language.
 */
@Component
public class StatisticsQueries {
    public static final List<String> CHARTS = List.of("by-year", "by-organ-kind", "by-sentence-kind", "by-region", "rehabilitation");

    /** One bar: the key (an IRI, a year, a status word), its label, its count. */
    public record Bar(String key, String label, long count) {}

    private final RdfStore store;
    private final Labels labels;
    private final Map<String, List<Bar>> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile long cachedVersion = -1;

    StatisticsQueries(RdfStore store, Labels labels) {
        this.store = store;
        this.labels = labels;
    }

    public String text(String chart) {
        if (!CHARTS.contains(chart)) {
            throw new kz.esimder.site.data.NotFoundException(chart);
        }
        try {
            return new ClassPathResource("statistics/" + chart + ".rq").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Bar> run(String chart, Locale locale) {
        long version = store.version();
        if (version != cachedVersion) {
            cache.clear();
            cachedVersion = version;
        }
        return cache.computeIfAbsent(chart + "/" + locale.getLanguage(), k -> compute(chart, locale));
    }

    private List<Bar> compute(String chart, Locale locale) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> iris = new ArrayList<>();
        for (var row : store.select(new ParameterizedSparqlString(text(chart)))) {
            var key = row.get("key");
            String k = key.isURIResource() ? key.asResource().getURI() : key.asLiteral().getLexicalForm();
            if (key.isURIResource()) {
                iris.add(k);
            }
            counts.put(k, row.getLiteral("count").getLong());
        }
        Map<String, String> names = labels.of(iris, locale);
        List<Bar> bars = new ArrayList<>();
        counts.forEach((k, n) -> bars.add(new Bar(k, names.getOrDefault(k, k), n)));
        return bars;
    }
}
