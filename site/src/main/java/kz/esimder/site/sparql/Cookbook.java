package kz.esimder.site.sparql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.esimder.site.statistics.StatisticsQueries;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The example queries of the SPARQL page: the cookbook ({@code docs/queries/*.rq}, copied onto the
 * classpath as {@code esimder/queries/} by the build) and the statistics queries. A query's title is
 * its first comment line.
 */
@Component
public class Cookbook {
    /** A named query: {@code name} is the file name without {@code .rq}; titles by language. */
    public record Entry(String name, java.util.Map<String, String> titles, String text) {
        /** The title in a language ({@code # RU: …} comment lines), else English, else the name. */
        public String title(String lang) {
            return titles.getOrDefault(lang, titles.getOrDefault("en", name));
        }
    }

    private final List<Entry> entries;

    Cookbook(StatisticsQueries statistics) {
        List<Entry> all = new ArrayList<>();
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:esimder/queries/*.rq");
            for (Resource r : found) {
                String name = r.getFilename().replaceFirst("\\.rq$", "");
                all.add(entry(name, r.getContentAsString(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all.sort(Comparator.comparing(Entry::name));
        for (String chart : StatisticsQueries.CHARTS) {
            all.add(entry("statistics-" + chart, statistics.text(chart)));
        }
        this.entries = List.copyOf(all);
    }

    public List<Entry> entries() {
        return entries;
    }

    private static Entry entry(String name, String text) {
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        var tagged = java.util.regex.Pattern.compile("^#\\s*(EN|RU|KK):\\s*(.+)$");
        text.lines().forEach(line -> {
            var m = tagged.matcher(line);
            if (m.matches()) {
                titles.putIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2).strip());
            }
        });
        if (titles.isEmpty()) {
            text.lines().filter(l -> l.startsWith("#")).findFirst()
                    .ifPresent(l -> titles.put("en", l.replaceFirst("^#+\\s*", "")));
        }
        return new Entry(name, java.util.Map.copyOf(titles), text);
    }
}
