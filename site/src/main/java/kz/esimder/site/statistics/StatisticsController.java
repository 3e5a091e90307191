package kz.esimder.site.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.esimder.site.data.ScriptSafeJson;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /statistics}: a table per chart (readable without JavaScript) and its data as JSON for ECharts. */
@Controller
class StatisticsController {
    private final StatisticsQueries queries;
    private final MessageSource messages;

    StatisticsController(StatisticsQueries queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping("/statistics")
    String statistics(Locale locale, ModelMap model) {
        Map<String, List<StatisticsQueries.Bar>> charts = new LinkedHashMap<>();
        for (String chart : StatisticsQueries.CHARTS) {
            charts.put(chart, localise(chart, queries.run(chart, locale), locale));
        }
        model.addAttribute("charts", charts);
        return "statistics";
    }

    @GetMapping("/statistics/{chart}.json")
    ResponseEntity<String> json(@PathVariable String chart, Locale locale) {
        var bars = localise(chart, queries.run(chart, locale), locale);
        var json = ScriptSafeJson.mapper().createObjectNode();
        json.put("title", messages.getMessage("chart." + chart, null, chart, locale));
        var labels = json.putArray("labels");
        var values = json.putArray("values");
        bars.forEach(b -> { labels.add(b.label()); values.add(b.count()); });
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ScriptSafeJson.write(json));
    }

    @GetMapping(value = "/statistics/{chart}.rq", produces = "application/sparql-query;charset=UTF-8")
    @org.springframework.web.bind.annotation.ResponseBody
    String query(@PathVariable String chart) {
        return queries.text(chart);
    }

    /** Status words of the rehabilitation chart come from the message bundles. */
    private List<StatisticsQueries.Bar> localise(String chart, List<StatisticsQueries.Bar> bars, Locale locale) {
        if (!chart.equals("rehabilitation")) {
            return bars;
        }
        return bars.stream().map(b -> new StatisticsQueries.Bar(b.key(),
                messages.getMessage("rehab." + b.key(), null, b.key(), locale), b.count())).toList();
    }
}
