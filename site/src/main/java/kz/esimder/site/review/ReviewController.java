package kz.esimder.site.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.esimder.site.data.Iris;
import kz.esimder.site.data.Labels;
import kz.esimder.site.data.Paging;
import kz.esimder.site.data.RdfStore;
import org.apache.jena.query.ParameterizedSparqlString;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /review}: the possible matches deduplication left for an editor ({@code esm:PossibleMatch}
 * with {@code esm:reviewStatus "pending"} in {@code {base}graph/linkset/dedup}), best score first,
 * with the matcher's explanation, paged. Read-only: decisions are written to {@code {base}graph/review}
 * by the editors' tools, and the next deduplication run applies them (docs/linking.md).
 */
@Controller
class ReviewController {
    static final int PAGE_SIZE = 25;
    private static final String PREFIXES = "PREFIX esm: <https://w3id.org/esimder/ontology#>\n";
    private static final String COUNT = PREFIXES + """
            SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?dedup { ?m a esm:PossibleMatch ; esm:reviewStatus "pending" } }""";
    private static final String PAGE = PREFIXES + """
            SELECT ?m ?a ?b ?score ?why WHERE {
              GRAPH ?dedup { ?m a esm:PossibleMatch ; esm:reviewStatus "pending" ; esm:matchSubject ?a ;
                             esm:matchObject ?b ; esm:matchScore ?score OPTIONAL { ?m esm:matchExplanation ?why } }
            } ORDER BY DESC(?score) ?a ?b""";

    private final RdfStore store;
    private final Iris iris;
    private final Labels labels;

    ReviewController(RdfStore store, Iris iris, Labels labels) {
        this.store = store;
        this.iris = iris;
        this.labels = labels;
    }

    /** One pending pair: both persons (label and page) and why the matcher hesitated. */
    public record Pair(Person a, Person b, String score, String explanation) {}

    public record Person(String name, String path, String iri) {}

    @GetMapping("/review")
    String review(@RequestParam(defaultValue = "1") int page, Locale locale, ModelMap model) {
        Paging paging = new Paging(page, PAGE_SIZE);
        ParameterizedSparqlString count = new ParameterizedSparqlString(COUNT);
        count.setIri("dedup", iris.dedupGraph());
        long total = store.select(count).get(0).getLiteral("n").getLong();
        ParameterizedSparqlString q = new ParameterizedSparqlString(PAGE);
        q.setIri("dedup", iris.dedupGraph());
        var rows = store.select(paging.appendTo(q));
        boolean more = rows.size() > PAGE_SIZE;
        rows = rows.subList(0, Math.min(rows.size(), PAGE_SIZE));
        Set<String> persons = new HashSet<>();
        rows.forEach(r -> { persons.add(r.getResource("a").getURI()); persons.add(r.getResource("b").getURI()); });
        Map<String, String> names = labels.of(persons, locale);
        List<Pair> pairs = new ArrayList<>();
        for (var r : rows) {
            pairs.add(new Pair(person(r.getResource("a").getURI(), names), person(r.getResource("b").getURI(), names),
                    new BigDecimal(r.getLiteral("score").getLexicalForm()).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                    r.contains("why") ? r.getLiteral("why").getString() : null));
        }
        model.addAttribute("pairs", pairs);
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", paging.pages(total));
        model.addAttribute("more", more);
        return "review";
    }

    private Person person(String iri, Map<String, String> names) {
        return new Person(names.get(iri), iris.pageOf(iri), iri);
    }
}
