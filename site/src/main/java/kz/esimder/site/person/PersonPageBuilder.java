package kz.esimder.site.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.esimder.ontology.Esm;
import kz.esimder.site.data.Dates;
import kz.esimder.site.data.Iris;
import kz.esimder.site.person.PersonPage.Fact;
import kz.esimder.site.person.PersonPage.FactValue;
import kz.esimder.site.person.PersonPage.Link;
import kz.esimder.site.person.PersonPage.RecordView;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;

/** Builds a {@link PersonPage} from the person's neighbourhood (see {@link PersonQueries}). */
final class PersonPageBuilder {
    /** The person's facts in the order the page shows them, each with its message key. */
    private static final List<Property> FACTS = List.of(Esm.nameAsWritten, Esm.surname, Esm.givenName,
            Esm.patronymic, Esm.nameVariant, Esm.transliteration, Esm.gender, Esm.birthDate, Esm.birthDateText,
            Esm.birthPlace, Esm.birthPlaceText, Esm.nationality, Esm.nationalityText, Esm.education,
            Esm.partyMembership, Esm.occupation, Esm.residence, Esm.residenceText, Esm.burialPlaceText,
            Esm.familyMemberText, Esm.familyMemberOf);
    static final Property DERIVED_FROM = org.apache.jena.rdf.model.ResourceFactory
            .createProperty("http://www.w3.org/ns/prov#wasDerivedFrom");

    private final Model m;
    private final Resource person;
    private final Map<String, Set<String>> factGraphs;
    private final Linker linker;
    private final EventViews events;
    private final Iris iris;
    /** The link of each source graph the facts name, made once a page (a person has a value or two per fact). */
    private final Map<String, Link> sourceLinks = new java.util.HashMap<>();
    /** The one source every fact comes from, shown once above the facts; null when there are several. */
    private Link factSource;

    PersonPageBuilder(Model m, String iri, Map<String, Set<String>> factGraphs, Linker linker, EventViews events, Iris iris) {
        this.m = m;
        this.person = m.createResource(iri);
        this.factGraphs = factGraphs;
        this.linker = linker;
        this.events = events;
        this.iris = iris;
    }

    PersonPage build(String jsonLd, String mapJson, List<PersonPage.LinkOut> linksOut,
                     List<PersonPage.PossibleMatch> possible) {
        String label = string(person, RDFS.label);
        if (label == null) {
            label = string(person, Esm.nameAsWritten);
        }
        List<RecordView> records = records();
        List<Fact> facts = facts();
        // more than one source: the person was merged from records of several lists
        List<Link> sources = records.stream().map(RecordView::source).filter(java.util.Objects::nonNull).distinct().toList();
        return new PersonPage(person.getURI(), label, label != null, facts, factSource, events.timeline(),
                events.rehabilitation(), records, sources.size() > 1 ? sources : List.of(),
                linksOut, possible, jsonLd, mapJson);
    }

    /** Properties that hold several values by nature: more than one is not a disagreement. */
    private static final Set<Property> MULTIVALUED = Set.of(Esm.nameVariant, Esm.transliteration,
            Esm.familyMemberText, Esm.familyMemberOf);
    /** "As written" properties, hidden when they only repeat what the linked value already shows. */
    private static final Map<Property, Property> WRITTEN = Map.of(Esm.birthDateText, Esm.birthDate,
            Esm.birthPlaceText, Esm.birthPlace, Esm.nationalityText, Esm.nationality, Esm.residenceText, Esm.residence);

    private List<Fact> facts() {
        Map<Property, List<FactValue>> byProperty = new java.util.LinkedHashMap<>();
        for (Property p : FACTS) {
            List<FactValue> values = new ArrayList<>();
            m.listStatements(person, p, (RDFNode) null).toList().stream()
                    .sorted(Comparator.comparing(s -> s.getObject().toString()))
                    .forEach(s -> values.add(value(p, s)));
            byProperty.put(p, sameTextOnce(values));
        }
        WRITTEN.forEach((written, linked) -> byProperty.get(written).removeIf(v -> byProperty.get(linked).stream()
                .anyMatch(shown -> shown.text().equalsIgnoreCase(v.text()))));
        Set<Link> sources = new java.util.HashSet<>();
        byProperty.values().forEach(vs -> vs.forEach(v -> sources.addAll(v.sources())));
        boolean oneSource = sources.size() <= 1;
        factSource = sources.size() == 1 ? sources.iterator().next() : null;
        List<Fact> facts = new ArrayList<>();
        byProperty.forEach((p, values) -> {
            if (!values.isEmpty()) {
                List<FactValue> shown = oneSource
                        ? values.stream().map(v -> new FactValue(v.text(), v.href(), List.of())).toList() : values;
                facts.add(new Fact("prop." + p.getLocalName(), shown, !MULTIVALUED.contains(p) && values.size() > 1));
            }
        });
        return facts;
    }

    /**
     * One value per text, with the sources of all: a Latin form can be both @ru-Latn and @kk-Latn, and
     * «высшее» and «Высшее.» from two sources are one value, not a conflict ({@link #comparable}).
     */
    static List<FactValue> sameTextOnce(List<FactValue> values) {
        Map<String, FactValue> byText = new java.util.LinkedHashMap<>();
        for (FactValue v : values) {
            byText.merge(comparable(v.text()), v, (a, b) -> {
                List<Link> sources = new ArrayList<>(a.sources());
                b.sources().stream().filter(x -> !sources.contains(x)).forEach(sources::add);
                return new FactValue(a.text(), a.href(), sources);
            });
        }
        return new ArrayList<>(byText.values());
    }

    private static final java.util.regex.Pattern EDGE_PUNCTUATION =
            java.util.regex.Pattern.compile("^[\\p{P}\\s]+|[\\p{P}\\s]+$");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** The text two sources' values are compared by: case, surrounding punctuation and runs of spaces ignored. */
    static String comparable(String text) {
        if (text == null) {
            return "";
        }
        if (nothingToTrim(text)) {
            // the common case (a name, a date, a place), answered without running the two patterns
            return text.toLowerCase(java.util.Locale.ROOT);
        }
        String trimmed = SPACES.matcher(EDGE_PUNCTUATION.matcher(text).replaceAll("")).replaceAll(" ");
        return (trimmed.isEmpty() ? text : trimmed).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether the two patterns of {@link #comparable} would leave {@code text} as it is: no punctuation or
     * space at either end, no space but single ' ', and no line terminator last (before which {@code $}
     * also matches).
     */
    private static boolean nothingToTrim(String text) {
        if (text.isEmpty() || isEdge(text.codePointAt(0)) || isEdge(text.codePointBefore(text.length()))) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last == '\u0085' || last == '\u2028' || last == '\u2029') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // a space is never last here (an edge), so charAt(i + 1) exists
            if (isSpace(c) && (c != ' ' || isSpace(text.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** {@code [\p{P}\s]}: Unicode punctuation, or the pattern's ASCII white space. */
    private static boolean isEdge(int codePoint) {
        return codePoint < 0x80 && isSpace((char) codePoint) || switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private FactValue value(Property p, Statement s) {
        RDFNode o = s.getObject();
        Link shown = p.equals(Esm.birthDate) ? new Link(Dates.display(o), null) : linker.link(o);
        List<Link> sources = new ArrayList<>();
        for (String graph : factGraphs.getOrDefault(PersonQueries.key(p.getURI(), o.asNode().toString()), Set.of())) {
            sources.add(sourceLinks.computeIfAbsent(graph, this::sourceOfGraph));
        }
        return new FactValue(shown.text(), shown.href(), sources);
    }

    /** {@code {base}graph/{key}} is the graph of the source {@code {base}id/source/{key}}. */
    private Link sourceOfGraph(String graph) {
        String prefix = iris.base() + "graph/";
        String key = graph.startsWith(prefix) ? graph.substring(prefix.length()) : graph;
        Resource source = m.createResource(iris.data("source", key));
        String title = string(source, DCTerms.title);
        return new Link(title != null ? title : key, key.contains("/") ? null : iris.pageOf(source.getURI()));
    }

    private List<RecordView> records() {
        List<RecordView> records = new ArrayList<>();
        m.listSubjectsWithProperty(Esm.inSource).toList().stream()
                .sorted(Comparator.comparing(Resource::getURI))
                .forEach(rec -> {
                    Resource src = rec.getPropertyResourceValue(Esm.inSource);
                    String title = src == null ? null : string(src, DCTerms.title);
                    List<Link> links = new ArrayList<>();
                    rec.listProperties(RDFS.seeAlso).forEach(s -> links.add(external(s.getObject())));
                    Statement line = rec.getProperty(Esm.line);
                    records.add(new RecordView(rec.getURI(), iris.pageOf(rec.getURI()),
                            src == null ? null : new Link(title != null ? title : src.getURI(), iris.pageOf(src.getURI())),
                            string(rec, Esm.archiveReference), line == null ? null : line.getInt(),
                            string(rec, Esm.verbatim), links));
                });
        return records;
    }

    private Link external(RDFNode node) {
        String iri = node.isURIResource() ? node.asResource().getURI() : node.toString();
        String page = iris.pageOf(iri);
        return new Link(iri, page != null ? page : iri);
    }

    static String string(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null || !s.getObject().isLiteral() ? null : s.getString();
    }
}
