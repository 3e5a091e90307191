package kz.esimder.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/** The SKOS rules every scheme keeps: labels, notations, one scheme per concept, unique prefLabels, sound links. */
class VocabularyTest {
    static final List<String> SCHEMES = Vocab.SCHEMES;
    private static final Model ALL = OntologyFiles.vocabularies();

    @ParameterizedTest
    @FieldSource("SCHEMES")
    void schemeIsDeclaredAndLabelledInThreeLanguages(String scheme) {
        Model model = OntologyFiles.vocabulary(scheme);
        Resource schemeResource = model.getResource(Vocab.NS + scheme);
        assertThat(model.contains(schemeResource, RDF.type, SKOS.ConceptScheme)).isTrue();
        assertThat(Labels.missingOrRepeated(schemeResource, SKOS.prefLabel, Labels.LANGUAGES)).isEmpty();
        assertThat(model.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList()).containsExactly(schemeResource);
        assertThat(concepts(model)).isNotEmpty();
    }

    @ParameterizedTest
    @FieldSource("SCHEMES")
    void everyConceptHasOnePrefLabelPerLanguageANotationAndItsOwnScheme(String scheme) {
        Model model = OntologyFiles.vocabulary(scheme);
        Resource schemeResource = model.getResource(Vocab.NS + scheme);
        List<String> problems = new ArrayList<>();
        for (Resource concept : concepts(model)) {
            String name = concept.getURI();
            if (!name.startsWith(Vocab.NS + scheme + "/") || !concept.getURI().substring((Vocab.NS + scheme + "/").length()).matches("[a-z0-9][a-z0-9-]*")) {
                problems.add(name + ": IRI not vocab/" + scheme + "/{ascii-local-name}");
            }
            List<RDFNode> schemes = model.listObjectsOfProperty(concept, SKOS.inScheme).toList();
            if (!schemes.equals(List.of(schemeResource))) problems.add(name + ": inScheme " + schemes);
            Set<String> labels = Labels.missingOrRepeated(concept, SKOS.prefLabel, Labels.LANGUAGES);
            if (!labels.isEmpty()) problems.add(name + ": prefLabel missing or repeated in " + labels);
            if (model.listObjectsOfProperty(concept, SKOS.notation).toList().size() != 1) problems.add(name + ": not exactly one notation");
            for (Statement alt : concept.listProperties(SKOS.altLabel).toList()) {
                if (concept.hasProperty(SKOS.prefLabel, alt.getObject())) problems.add(name + ": altLabel repeats prefLabel " + alt.getObject());
                if (!Labels.LANGUAGES.contains(alt.getLanguage())) problems.add(name + ": altLabel without kk/ru/en tag " + alt.getObject());
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("SCHEMES")
    void noTwoConceptsOfASchemeSharePrefLabelOrNotation(String scheme) {
        Model model = OntologyFiles.vocabulary(scheme);
        Map<String, Resource> seen = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Resource concept : concepts(model)) {
            for (Statement s : concept.listProperties(SKOS.prefLabel).toList()) {
                Resource other = seen.put("pref@" + s.getLanguage() + ":" + s.getString(), concept);
                if (other != null) clashes.add(s.getString() + "@" + s.getLanguage() + " on " + other + " and " + concept);
            }
            for (Statement s : concept.listProperties(SKOS.notation).toList()) {
                Resource other = seen.put("notation:" + s.getString(), concept);
                if (other != null) clashes.add("notation " + s.getString() + " on " + other + " and " + concept);
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void everyConceptIsInASchemeAndEveryBroaderOrTopConceptIsConsistent() {
        List<String> problems = new ArrayList<>();
        for (Resource concept : concepts(ALL)) {
            Resource scheme = concept.getPropertyResourceValue(SKOS.inScheme);
            if (scheme == null || !ALL.contains(scheme, RDF.type, SKOS.ConceptScheme)) problems.add(concept + ": no declared scheme");
            List<Resource> broader = concept.listProperties(SKOS.broader).mapWith(Statement::getResource).toList();
            for (Resource b : broader) {
                if (!ALL.contains(b, RDF.type, SKOS.Concept) || !ALL.contains(b, SKOS.inScheme, scheme)) problems.add(concept + ": broader " + b + " not a concept of the same scheme");
            }
            boolean top = concept.hasProperty(SKOS.topConceptOf, scheme);
            if (top == !broader.isEmpty()) problems.add(concept + ": topConceptOf must be given exactly when it has no broader");
            if (top != ALL.contains(scheme, SKOS.hasTopConcept, concept)) problems.add(concept + ": topConceptOf and hasTopConcept disagree");
        }
        // Everything that is labelled like a concept is declared as one.
        ALL.listSubjectsWithProperty(SKOS.inScheme).forEachRemaining(r -> {
            if (!ALL.contains(r, RDF.type, SKOS.Concept)) problems.add(r + ": inScheme without rdf:type skos:Concept");
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyVocabularyLinkPointsToAConceptOfTheRightScheme() {
        Map<String, String> schemeOf = Map.of(
                Esm.organKind.getURI(), Vocab.ORGAN_KIND, Esm.region.getURI(), Vocab.PLACE,
                Esm.normativeAct.getURI(), Vocab.NORMATIVE_ACT, SKOS.related.getURI(), Vocab.NATIONALITY);
        List<String> problems = new ArrayList<>();
        for (Statement s : ALL.listStatements().toList()) {
            String expected = schemeOf.get(s.getPredicate().getURI());
            if (expected != null && !ALL.contains(s.getResource(), SKOS.inScheme, Vocab.scheme(expected))) {
                problems.add(s.getSubject() + " " + s.getPredicate().getLocalName() + " " + s.getObject() + ": not in " + expected);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void validityBoundsAreYearsOrDatesInOrder() {
        List<String> problems = new ArrayList<>();
        for (Resource concept : concepts(ALL)) {
            Literal from = literal(concept, Esm.validFrom), to = literal(concept, Esm.validTo);
            for (Literal bound : new Literal[] {from, to}) {
                if (bound != null && !Set.of(XSDDatatype.XSDgYear.getURI(), XSDDatatype.XSDdate.getURI()).contains(bound.getDatatypeURI())) {
                    problems.add(concept + ": validity bound " + bound + " is neither xsd:gYear nor xsd:date");
                }
            }
            if (from != null && to != null && from.getLexicalForm().substring(0, 4).compareTo(to.getLexicalForm().substring(0, 4)) > 0) {
                problems.add(concept + ": validFrom " + from.getLexicalForm() + " after validTo " + to.getLexicalForm());
            }
        }
        assertThat(problems).isEmpty();
        assertThat(ALL.listSubjectsWithProperty(Esm.validFrom).toList()).hasSizeGreaterThan(150);
    }

    static List<Resource> concepts(Model model) {
        return model.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
    }

    private static Literal literal(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s == null ? null : s.getLiteral();
    }

    static Set<String> notations(String scheme) {
        Set<String> notations = new TreeSet<>();
        OntologyFiles.vocabulary(scheme).listObjectsOfProperty(SKOS.notation).forEachRemaining(n -> notations.add(n.asLiteral().getString()));
        return notations;
    }
}
