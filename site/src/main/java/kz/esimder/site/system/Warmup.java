package kz.esimder.site.system;

import java.util.Locale;
import kz.esimder.site.dataset.DatasetCounts;
import kz.esimder.site.statistics.StatisticsQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Computes the dataset's counts and the statistics (whole-dataset aggregates, seconds at a million
 * persons) in the background once the site is up, so the first visitor of the home or statistics
 * page does not wait for them. Both are cached until the data changes.
 */
@Component
class Warmup {
    private static final Logger log = LoggerFactory.getLogger(Warmup.class);
    private final DatasetCounts counts;
    private final StatisticsQueries statistics;

    Warmup(DatasetCounts counts, StatisticsQueries statistics) {
        this.counts = counts;
        this.statistics = statistics;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread warm = new Thread(() -> {
            try {
                counts.get();
                for (Locale l : LanguageConfig.SUPPORTED) {
                    StatisticsQueries.CHARTS.forEach(chart -> statistics.run(chart, l));
                }
            } catch (RuntimeException e) {
                log.warn("Warming the counts and statistics failed; they will be computed on first use: {}", e.toString());
            }
        }, "esimder-warmup");
        warm.setDaemon(true);
        warm.start();
    }
}
