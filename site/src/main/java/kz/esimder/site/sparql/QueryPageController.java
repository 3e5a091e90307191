package kz.esimder.site.sparql;

import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /query}: the query editor (CodeMirror with its SPARQL mode, served by the site), preloaded
 * with the cookbook. It posts to {@code /sparql}, which is Fuseki's own endpoint.
 */
@Controller
class QueryPageController {
    private final Cookbook cookbook;
    private final SparqlEndpoint endpoint;

    QueryPageController(Cookbook cookbook, SparqlEndpoint endpoint) {
        this.cookbook = cookbook;
        this.endpoint = endpoint;
    }

    @GetMapping("/query")
    String query(@RequestParam(required = false) String example, @RequestParam(required = false) String stat,
                 ModelMap model) {
        String wanted = stat != null ? "statistics-" + stat : example;
        var entries = cookbook.entries();
        var selected = entries.stream().filter(e -> e.name().equals(wanted)).findFirst()
                .orElse(entries.isEmpty() ? null : entries.get(0));
        model.addAttribute("examples", entries);
        model.addAttribute("selected", selected);
        model.addAttribute("endpoint", endpoint.url());
        return "query";
    }
}
