package kz.esimder.site.ontologydoc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import kz.esimder.ontology.Vocab;
import kz.esimder.site.data.LabelPicker;
import kz.esimder.site.data.RdfStore;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /page/ontology}: documentation generated from the ontology and the vocabularies, in the page's language. */
@Controller
class OntologyDocController {
    /** A documented term: local name (the anchor), label, comment, and domain/range or superclass. */
    public record Term(String name, String iri, String label, String comment, String domain, String range) {}

    /** A vocabulary scheme and its page. */
    public record Scheme(String name, String label, String path) {}

    private static final String SCHEMES = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?s WHERE { ?s a skos:ConceptScheme } LIMIT 200""";

    private final OntologySource ontology;
    private final RdfStore store;
    private final kz.esimder.site.data.Labels labels;

    OntologyDocController(OntologySource ontology, RdfStore store, kz.esimder.site.data.Labels labels) {
        this.ontology = ontology;
        this.store = store;
        this.labels = labels;
    }

    @GetMapping("/page/ontology")
    String ontology(Locale locale, ModelMap model) {
        Model m = ontology.model();
        model.addAttribute("classes", terms(m, List.of(OWL.Class, RDFS.Class), locale));
        model.addAttribute("properties", terms(m, List.of(OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property), locale));
        model.addAttribute("schemes", schemes(locale));
        return "ontology";
    }

    private List<Term> terms(Model m, List<Resource> types, Locale locale) {
        List<Term> terms = new ArrayList<>();
        java.util.Set<Resource> seen = new java.util.HashSet<>();
        for (Resource type : types) {
            m.listSubjectsWithProperty(RDF.type, type).forEach(r -> {
                if (r.isURIResource() && r.getURI().startsWith(kz.esimder.ontology.Esm.NS) && seen.add(r)) {
                    terms.add(new Term(r.getLocalName(), r.getURI(), text(r, RDFS.label, locale, r.getLocalName()),
                            text(r, RDFS.comment, locale, null), name(r, RDFS.domain, RDFS.subClassOf),
                            name(r, RDFS.range, null)));
                }
            });
        }
        terms.sort(Comparator.comparing(Term::name));
        return terms;
    }

    private List<Scheme> schemes(Locale locale) {
        List<Scheme> schemes = new ArrayList<>();
        List<String> iris = new ArrayList<>();
        store.select(new ParameterizedSparqlString(SCHEMES)).forEach(r -> iris.add(r.getResource("s").getURI()));
        var names = labels.of(iris, locale);
        for (String iri : iris) {
            if (iri.startsWith(Vocab.NS)) {
                String name = iri.substring(Vocab.NS.length());
                schemes.add(new Scheme(name, names.getOrDefault(iri, name), "/page/vocab/" + name));
            }
        }
        schemes.sort(Comparator.comparing(Scheme::name));
        return schemes;
    }

    private static String text(Resource r, Property p, Locale locale, String fallback) {
        List<Literal> values = new ArrayList<>();
        r.listProperties(p).forEach(s -> { if (s.getObject().isLiteral()) values.add(s.getLiteral()); });
        String picked = LabelPicker.pick(values, locale);
        return picked != null ? picked : fallback;
    }

    private static String name(Resource r, Property p, Property alternative) {
        var s = r.getProperty(p);
        if (s == null && alternative != null) {
            s = r.getProperty(alternative);
        }
        return s != null && s.getObject().isURIResource() ? s.getResource().getLocalName() : null;
    }
}
