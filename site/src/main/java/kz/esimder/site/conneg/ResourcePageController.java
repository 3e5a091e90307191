package kz.esimder.site.conneg;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jakarta.servlet.http.HttpServletResponse;
import kz.esimder.site.data.Iris;
import kz.esimder.site.data.Labels;
import kz.esimder.site.data.NotFoundException;
import kz.esimder.site.data.ResourceLookup;
import kz.esimder.site.data.ResourceRef;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Source records and events: a property table, every value labelled and linked. */
@Controller
class ResourcePageController {
    /** One row: the property (a message key when known, else its IRI), the value, its link. */
    public record Row(String property, String propertyIri, String value, String href) {}

    private final Iris iris;
    private final ResourceLookup lookup;
    private final ResourceDescription description;
    private final Labels labels;

    ResourcePageController(Iris iris, ResourceLookup lookup, ResourceDescription description, Labels labels) {
        this.iris = iris;
        this.lookup = lookup;
        this.description = description;
        this.labels = labels;
    }

    @GetMapping("/page/{type:record|event}/{key}")
    String resource(@PathVariable String type, @PathVariable String key, Locale locale,
                    HttpServletResponse response, ModelMap model) {
        ResourceRef ref = lookup.require(iris.parse(iris.data(type, key)).orElseThrow(() -> new NotFoundException(key)));
        var doc = description.describe(ref, 1, 50).model();
        var subject = doc.createResource(ref.iri());
        Set<String> linked = new HashSet<>();
        doc.listStatements(subject, null, (org.apache.jena.rdf.model.RDFNode) null)
                .forEach(s -> { if (s.getObject().isURIResource()) linked.add(s.getResource().getURI()); });
        Map<String, String> names = labels.of(linked, locale);
        List<Row> rows = new ArrayList<>();
        doc.listStatements(subject, null, (org.apache.jena.rdf.model.RDFNode) null).forEach(s -> {
            String value;
            String href = null;
            if (s.getObject().isURIResource()) {
                String uri = s.getResource().getURI();
                value = names.getOrDefault(uri, uri);
                href = iris.pageOf(uri) != null ? iris.pageOf(uri) : uri;
            } else {
                value = s.getObject().isLiteral() ? s.getLiteral().getLexicalForm() : s.getObject().toString();
            }
            rows.add(new Row("prop." + s.getPredicate().getLocalName(), s.getPredicate().getURI(), value, href));
        });
        rows.sort(java.util.Comparator.comparing(Row::propertyIri).thenComparing(Row::value));
        response.addHeader("Link", Alternates.linkHeader(ref));
        model.addAttribute("ref", ref);
        model.addAttribute("title", names.getOrDefault(ref.iri(), ref.key()));
        model.addAttribute("rows", rows);
        return "resource";
    }
}
