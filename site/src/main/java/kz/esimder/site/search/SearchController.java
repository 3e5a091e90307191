package kz.esimder.site.search;

import java.util.List;
import java.util.Locale;
import kz.esimder.site.data.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /search?q=…&region=…&year=…&organKind=…&sentenceKind=…&nationality=…&rehabilitated=yes|no&page=n}:
 * names through {@link NameIndex}, facets through {@link FacetQuery}; a GET form, so it works
 * without JavaScript and every state has its own URL.
 */
@Controller
class SearchController {
    static final int PAGE_SIZE = 20;
    static final int MAX_NAME_MATCHES = 5_000;

    private final NameIndex names;
    private final FacetQuery facets;
    private final FacetOptions options;
    private final PersonSummaries summaries;

    SearchController(NameIndex names, FacetQuery facets, FacetOptions options, PersonSummaries summaries) {
        this.names = names;
        this.facets = facets;
        this.options = options;
        this.summaries = summaries;
    }

    /** The first search after a start over a large store may come before the name index is built: 503, come back shortly. */
    @org.springframework.web.bind.annotation.ExceptionHandler(NameIndex.NotReadyException.class)
    org.springframework.web.servlet.ModelAndView notReady(jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(503);
        response.setHeader("Retry-After", "30");
        org.springframework.web.servlet.ModelAndView mv = new org.springframework.web.servlet.ModelAndView("error/problem");
        mv.setStatus(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE);
        mv.addObject("status", 503);
        mv.addObject("messageKey", "search.indexing");
        return mv;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
                  @RequestParam(required = false) String year, @RequestParam(required = false) String organKind,
                  @RequestParam(required = false) String sentenceKind, @RequestParam(required = false) String nationality,
                  @RequestParam(required = false) String rehabilitated, @RequestParam(required = false) String page,
                  Locale locale, ModelMap model) {
        SearchForm form = SearchForm.of(q, region, year, organKind, sentenceKind, nationality, rehabilitated, page);
        Paging paging = new Paging(form.page(), PAGE_SIZE);
        List<String> persons;
        long total;
        if (form.q() != null) {
            NameIndex.Hits hits = names.find(form.q(), MAX_NAME_MATCHES);
            List<String> matched = facets.filter(hits.persons(), form);
            // without facets every name match counts; with them, those of the best MAX_NAME_MATCHES that pass
            total = form.hasFacets() ? matched.size() : hits.total();
            persons = matched.stream().skip(paging.offset()).limit(PAGE_SIZE).toList();
        } else if (form.hasFacets()) {
            var result = facets.browse(form, paging);
            total = result.total();
            persons = result.persons().stream().limit(PAGE_SIZE).toList();
        } else {
            total = 0;
            persons = List.of();
        }
        model.addAttribute("form", form);
        model.addAttribute("results", summaries.of(persons));
        model.addAttribute("total", total);
        model.addAttribute("pages", paging.pages(total));
        model.addAttribute("facets", options.all(locale));
        model.addAttribute("prev", form.page() > 1 ? form.url(form.page() - 1) : null);
        model.addAttribute("next", paging.offset() + PAGE_SIZE < total ? form.url(form.page() + 1) : null);
        return "search";
    }
}
