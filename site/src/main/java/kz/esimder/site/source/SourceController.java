package kz.esimder.site.source;

import java.util.Locale;
import jakarta.servlet.http.HttpServletResponse;
import kz.esimder.site.conneg.Alternates;
import kz.esimder.site.data.Iris;
import kz.esimder.site.data.LinkedPeople;
import kz.esimder.site.data.NotFoundException;
import kz.esimder.site.data.Paging;
import kz.esimder.site.data.RdfStore;
import kz.esimder.site.data.ResourceLookup;
import kz.esimder.site.data.ResourceRef;
import kz.esimder.site.search.PersonSummaries;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A source (list, book, card file): what it is, its archive reference, and its people, paged. */
@Controller
class SourceController {
    static final int PAGE_SIZE = 25;
    private final Iris iris;
    private final ResourceLookup lookup;
    private final RdfStore store;
    private final LinkedPeople people;
    private final PersonSummaries summaries;

    SourceController(Iris iris, ResourceLookup lookup, RdfStore store, LinkedPeople people, PersonSummaries summaries) {
        this.iris = iris;
        this.lookup = lookup;
        this.store = store;
        this.people = people;
        this.summaries = summaries;
    }

    @GetMapping("/page/source/{key}")
    String source(@PathVariable String key, @RequestParam(defaultValue = "1") int page, Locale locale,
                  HttpServletResponse response, ModelMap model) {
        ResourceRef ref = lookup.require(iris.parse(iris.data("source", key)).orElseThrow(() -> new NotFoundException(key)));
        Paging paging = new Paging(page, PAGE_SIZE);
        ParameterizedSparqlString q = new ParameterizedSparqlString("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }");
        q.setIri("s", ref.iri());
        Model m = store.construct(q);
        Resource s = m.createResource(ref.iri());
        LinkedPeople.Page linked = people.ofSource(ref.iri(), paging);
        response.addHeader("Link", Alternates.linkHeader(ref));
        model.addAttribute("ref", ref);
        model.addAttribute("source", new SourceView(ref.iri(), text(s, org.apache.jena.vocabulary.DCTerms.title),
                text(s, org.apache.jena.vocabulary.DCTerms.publisher), text(s, kz.esimder.ontology.Esm.file),
                text(s, kz.esimder.ontology.Esm.archiveReference),
                "true".equals(text(s, kz.esimder.ontology.Esm.synthetic))));
        model.addAttribute("people", summaries.of(linked.persons()));
        model.addAttribute("total", linked.total());
        model.addAttribute("page", page);
        model.addAttribute("pages", paging.pages(linked.total()));
        model.addAttribute("more", linked.more());
        return "source";
    }

    /** What the source page says about the source. */
    public record SourceView(String iri, String title, String publisher, String file, String archiveReference,
                             boolean synthetic) {}

    private static String text(Resource r, org.apache.jena.rdf.model.Property p) {
        var st = r.getProperty(p);
        return st == null ? null : st.getObject().isLiteral() ? st.getObject().asLiteral().getLexicalForm()
                : st.getObject().toString();
    }
}
