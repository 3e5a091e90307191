package kz.esimder.site.person;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.esimder.site.conneg.Alternates;
import kz.esimder.site.conneg.Conditional;
import kz.esimder.site.data.Iris;
import kz.esimder.site.data.Labels;
import kz.esimder.site.data.MovedException;
import kz.esimder.site.data.NotFoundException;
import kz.esimder.site.data.ResourceLookup;
import kz.esimder.site.data.ResourceRef;
import kz.esimder.site.map.Coordinates;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/** The person page, {@code /page/person/{key}}. */
@Controller
class PersonController {
    private final Iris iris;
    private final ResourceLookup lookup;
    private final PersonQueries queries;
    private final Labels labels;
    private final Coordinates coordinates;
    private final Conditional conditional;

    PersonController(Iris iris, ResourceLookup lookup, PersonQueries queries, Labels labels,
                     Coordinates coordinates, Conditional conditional) {
        this.iris = iris;
        this.lookup = lookup;
        this.queries = queries;
        this.labels = labels;
        this.coordinates = coordinates;
        this.conditional = conditional;
    }

    @GetMapping("/page/person/{key}")
    String person(@PathVariable String key, Locale locale, WebRequest request, HttpServletResponse response,
                  ModelMap model) {
        ResourceRef ref = iris.parse(iris.data("person", key)).orElseThrow(() -> new NotFoundException(key));
        if (conditional.notModified(request, ref.pagePath() + locale)) {
            return null;
        }
        PersonQueries.Cluster cluster = queries.cluster(ref.iri());
        if (cluster.survivor().isPresent()) {
            throw new MovedException(ref, iris.parse(cluster.survivor().get()).orElseThrow(() -> new NotFoundException(key)));
        }
        PersonQueries.Neighbourhood n = queries.neighbourhood(cluster.members());
        if (n.empty() && !lookup.known(ref.iri())) {
            throw new NotFoundException(ref.iri());
        }
        Model m = n.model();
        Linker linker = new Linker(linkedLabels(m, locale), iris);
        Resource person = m.createResource(ref.iri());
        EventViews events = new EventViews(m, linker, person);
        PersonPageBuilder builder = new PersonPageBuilder(m, ref.iri(), n.factGraphs(), linker, events, iris);
        List<String> places = PersonPath.places(person, events.events());
        String mapJson = PersonPath.json(places, coordinates.of(places), linker);
        String name = PersonPageBuilder.string(person, org.apache.jena.vocabulary.RDFS.label);
        String jsonLd = PersonJsonLd.of(m, person, name, iris.base() + ref.pagePath().substring(1), linker);
        response.addHeader("Link", Alternates.linkHeader(ref));
        List<PersonPage.LinkOut> linksOut = n.linksOut().stream()
                .map(l -> new PersonPage.LinkOut(l.linkset(), "person." + l.predicate(), l.target())).toList();
        model.addAttribute("person", builder.build(jsonLd, mapJson, linksOut,
                possibleMatches(n.possible(), cluster.members(), locale)));
        model.addAttribute("ref", ref);
        return "person";
    }

    /**
     * Labels of every IRI the person's triples link to. Events, records and sources are described in
     * the neighbourhood already, so their labels come from it; the rest (concepts, places, organs,
     * relatives) from {@link Labels}, which asks the store once per generation.
     */
    private Map<String, String> linkedLabels(Model m, Locale locale) {
        Map<String, String> found = new java.util.HashMap<>();
        Set<String> elsewhere = new HashSet<>();
        m.listObjects().forEach(o -> {
            if (!o.isURIResource()) {
                return;
            }
            Resource r = o.asResource();
            if (m.contains(r, null, (org.apache.jena.rdf.model.RDFNode) null)) {
                List<org.apache.jena.rdf.model.Literal> ls = new java.util.ArrayList<>();
                for (var p : List.of(org.apache.jena.vocabulary.RDFS.label, org.apache.jena.vocabulary.SKOS.prefLabel)) {
                    r.listProperties(p).forEach(st -> { if (st.getObject().isLiteral()) ls.add(st.getLiteral()); });
                }
                if (!ls.isEmpty()) {
                    found.put(r.getURI(), kz.esimder.site.data.LabelPicker.pick(ls, locale));
                }
            } else {
                elsewhere.add(r.getURI());
            }
        });
        found.putAll(labels.of(elsewhere, locale));
        return found;
    }

    /** The other person of each pending possible match, at its current IRI, labelled. */
    private List<PersonPage.PossibleMatch> possibleMatches(List<PersonQueries.Possible> possible, List<String> cluster,
                                                           Locale locale) {
        if (possible.isEmpty()) {
            return List.of();
        }
        List<String> others = possible.stream().map(p -> lookup.survivor(p.other()).orElse(p.other())).toList();
        Map<String, String> names = labels.of(others, locale);
        List<PersonPage.PossibleMatch> out = new java.util.ArrayList<>();
        Set<String> shown = new HashSet<>(cluster);
        for (int i = 0; i < possible.size(); i++) {
            String other = others.get(i);
            if (shown.add(other)) {
                out.add(new PersonPage.PossibleMatch(new PersonPage.Link(names.getOrDefault(other, other), iris.pageOf(other)),
                        possible.get(i).score().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                        possible.get(i).explanation()));
            }
        }
        return out;
    }
}
