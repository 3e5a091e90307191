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
class Cookbook {
    /** A named query: {@code name} is the file name without {@code .rq}. */
    public record Entry(String name, String title, String text) {}

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

    List<Entry> entries() {
        return entries;
    }

    private static Entry entry(String name, String text) {
        String first = text.lines().filter(l -> l.startsWith("#")).findFirst().orElse(name);
        return new Entry(name, first.replaceFirst("^#+\\s*", ""), text);
    }
}
