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
        ResourceRef ref = lookup.require(iris.parse(iris.data("person", key)).orElseThrow(() -> new NotFoundException(key)));
        if (conditional.notModified(request, ref.pagePath() + locale)) {
            return null;
        }
        List<String> cluster = queries.cluster(ref.iri());
        Model m = queries.neighbourhood(cluster);
        Map<String, Set<String>> graphs = queries.factGraphs(cluster);
        Set<String> linked = new HashSet<>();
        m.listObjects().forEach(o -> { if (o.isURIResource()) linked.add(o.asResource().getURI()); });
        Linker linker = new Linker(labels.of(linked, locale), iris);
        Resource person = m.createResource(ref.iri());
        PersonPageBuilder builder = new PersonPageBuilder(m, ref.iri(), graphs, linker, iris);
        List<Resource> events = new EventViews(m, linker).events(person);
        List<String> places = PersonPath.places(person, events);
        String mapJson = PersonPath.json(places, coordinates.of(places), linker);
        String name = PersonPageBuilder.string(person, org.apache.jena.vocabulary.RDFS.label);
        String jsonLd = PersonJsonLd.of(m, person, name, iris.base() + ref.pagePath().substring(1), linker);
        response.addHeader("Link", Alternates.linkHeader(ref));
        model.addAttribute("person", builder.build(jsonLd, mapJson, linksOut(cluster), possibleMatches(cluster, locale)));
        model.addAttribute("ref", ref);
        return "person";
    }

    private List<PersonPage.LinkOut> linksOut(List<String> cluster) {
        return queries.linksOut(cluster).stream()
                .map(l -> new PersonPage.LinkOut(l.linkset(), "person." + l.predicate(), l.target())).toList();
    }

    /** The other person of each pending possible match, at its current IRI, labelled. */
    private List<PersonPage.PossibleMatch> possibleMatches(List<String> cluster, Locale locale) {
        List<PersonQueries.Possible> possible = queries.possibleMatches(cluster);
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
