package kz.esimder.site.concept;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;
import kz.esimder.ontology.Vocab;
import kz.esimder.site.conneg.Alternates;
import kz.esimder.site.conneg.Conditional;
import kz.esimder.site.data.Iris;
import kz.esimder.site.data.Labels;
import kz.esimder.site.data.LinkedPeople;
import kz.esimder.site.data.NotFoundException;
import kz.esimder.site.data.Paging;
import kz.esimder.site.data.ResourceLookup;
import kz.esimder.site.data.ResourceRef;
import kz.esimder.site.search.PersonSummaries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/** Pages of vocabulary concepts (organs, places, camps, charges, …) with their people, and of schemes. */
@Controller
class ConceptController {
    static final int PAGE_SIZE = 25;
    private final Iris iris;
    private final ResourceLookup lookup;
    private final ConceptQueries queries;
    private final ConceptViewBuilder builder;
    private final LinkedPeople people;
    private final PersonSummaries summaries;
    private final Labels labels;
    private final Conditional conditional;

    ConceptController(Iris iris, ResourceLookup lookup, ConceptQueries queries, ConceptViewBuilder builder,
                      LinkedPeople people, PersonSummaries summaries, Labels labels, Conditional conditional) {
        this.iris = iris;
        this.lookup = lookup;
        this.queries = queries;
        this.builder = builder;
        this.people = people;
        this.summaries = summaries;
        this.labels = labels;
        this.conditional = conditional;
    }

    @GetMapping("/page/vocab/{scheme}/{concept}")
    String concept(@PathVariable String scheme, @PathVariable String concept, @RequestParam(defaultValue = "1") int page,
                   Locale locale, WebRequest request, HttpServletResponse response, ModelMap model) {
        ResourceRef ref = require(Vocab.NS + scheme + "/" + concept);
        Paging paging = new Paging(page, PAGE_SIZE);
        if (conditional.notModified(request, ref.pagePath() + page + locale)) {
            return null;
        }
        LinkedPeople.Page linked = people.ofConcept(ref.iri(), scheme, paging);
        response.addHeader("Link", Alternates.linkHeader(ref));
        model.addAttribute("ref", ref);
        model.addAttribute("concept", builder.build(queries.concept(ref.iri()), ref.iri(), scheme, locale));
        model.addAttribute("people", summaries.of(linked.persons()));
        model.addAttribute("total", linked.total());
        model.addAttribute("page", page);
        model.addAttribute("pages", paging.pages(linked.total()));
        model.addAttribute("more", linked.more());
        return "concept";
    }

    @GetMapping("/page/vocab/{scheme}")
    String scheme(@PathVariable String scheme, Locale locale, ModelMap model) {
        ResourceRef ref = require(Vocab.NS + scheme);
        List<String> members = queries.members(ref.iri());
        Map<String, String> names = labels.of(members, locale);
        model.addAttribute("ref", ref);
        model.addAttribute("schemeLabel", labels.of(ref.iri(), locale));
        model.addAttribute("members", members.stream()
                .map(m -> new ConceptView.Item(null, names.getOrDefault(m, m), iris.pageOf(m)))
                .sorted(java.util.Comparator.comparing(ConceptView.Item::text)).toList());
        return "scheme";
    }

    private ResourceRef require(String iri) {
        return lookup.require(iris.parse(iri).orElseThrow(() -> new NotFoundException(iri)));
    }
}
