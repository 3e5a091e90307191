package kz.esimder.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** esimder.ttl, the Esm constants and docs/model.md name the same terms, and every term is labelled. */
class EsmTermsTest {
    private static final Model ONTOLOGY = OntologyFiles.ontology();
    private static final Set<Resource> TERM_TYPES = Set.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty, RDFS.Datatype);

    @Test
    void everyEsmConstantIsDeclaredInTheOntology() throws IllegalAccessException {
        Map<String, Resource> constants = esmConstants();
        assertThat(constants).hasSizeGreaterThan(80);
        List<String> undeclared = new ArrayList<>();
        constants.forEach((name, term) -> {
            if (TERM_TYPES.stream().noneMatch(type -> ONTOLOGY.contains(term, RDF.type, type))) {
                undeclared.add(name);
            }
        });
        assertThat(undeclared).as("Esm constants not declared in esimder.ttl").isEmpty();
    }

    @Test
    void everyDeclaredTermHasAnEsmConstant() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        esmConstants().values().forEach(r -> constants.add(r.getURI()));
        assertThat(declaredTerms()).as("terms of esimder.ttl").isSubsetOf(constants);
    }

    @Test
    void everyTermOfTheDataModelContractIsDeclared() throws IOException {
        // docs/model.md is the contract the converters, store and site are written against.
        String contract = Files.readString(Path.of("..", "docs", "model.md"));
        Matcher m = Pattern.compile("esm:([A-Za-z]+)").matcher(contract);
        Set<String> named = new TreeSet<>();
        while (m.find()) named.add(Esm.NS + m.group(1));
        assertThat(named).hasSizeGreaterThan(60);
        assertThat(declaredTerms()).containsAll(named);
    }

    @Test
    void everyClassAndPropertyHasOneLabelInKazakhRussianAndEnglishAndADefinition() {
        Map<String, Set<String>> problems = new TreeMap<>();
        for (String uri : declaredTerms()) {
            Resource term = ONTOLOGY.getResource(uri);
            Set<String> missing = new TreeSet<>();
            Labels.missingOrRepeated(term, RDFS.label, Labels.LANGUAGES).forEach(l -> missing.add("label@" + l));
            Labels.missingOrRepeated(term, SKOS.definition, Labels.LANGUAGES).forEach(l -> missing.add("definition@" + l));
            if (!missing.isEmpty()) problems.put(term.getLocalName(), missing);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void ontologyHeaderCarriesVersionLicenceCreatorAndTrilingualDescription() {
        Resource ontology = ONTOLOGY.getResource("https://w3id.org/esimder/ontology");
        assertThat(ONTOLOGY.contains(ontology, RDF.type, OWL2.Ontology)).isTrue();
        assertThat(ontology.getPropertyResourceValue(OWL2.versionIRI)).isNotNull();
        assertThat(ontology.hasProperty(OWL2.versionInfo)).isTrue();
        assertThat(ontology.getPropertyResourceValue(org.apache.jena.vocabulary.DCTerms.license).getURI())
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(ontology.hasProperty(org.apache.jena.vocabulary.DCTerms.creator)).isTrue();
        assertThat(Labels.missingOrRepeated(ontology, org.apache.jena.vocabulary.DCTerms.description, Labels.LANGUAGES)).isEmpty();
        assertThat(ONTOLOGY.listStatements(null, OWL2.imports, (org.apache.jena.rdf.model.RDFNode) null).toList())
                .as("alignment is by axioms, never by owl:imports").isEmpty();
    }

    @Test
    void alignmentAxiomsReachCidocCrmSchemaFoafProvRicoAndSkos() {
        String crm = "http://www.cidoc-crm.org/cidoc-crm/";
        Set<String> targets = new TreeSet<>();
        ONTOLOGY.listStatements().forEachRemaining(s -> {
            if (s.getObject().isURIResource() && (s.getPredicate().equals(RDFS.subClassOf) || s.getPredicate().equals(RDFS.subPropertyOf)
                    || s.getPredicate().equals(OWL2.onProperty) || s.getPredicate().equals(OWL2.allValuesFrom) || s.getPredicate().equals(RDFS.range))) {
                targets.add(s.getObject().asResource().getURI());
            }
        });
        assertThat(targets).contains(
                crm + "E21_Person", crm + "E5_Event", crm + "E74_Group", crm + "E53_Place", crm + "E52_Time-Span", crm + "E31_Document",
                crm + "P11_had_participant", crm + "P14_carried_out_by", crm + "P7_took_place_at", crm + "P4_has_time-span", crm + "P70i_is_documented_in",
                "https://schema.org/Person", "https://schema.org/birthDate", "https://schema.org/birthPlace", "https://schema.org/deathDate",
                "https://schema.org/deathPlace", "https://schema.org/nationality", "https://schema.org/name",
                "http://xmlns.com/foaf/0.1/Person", "http://www.w3.org/ns/prov#wasDerivedFrom", "http://www.w3.org/ns/prov#hadPrimarySource",
                "https://www.ica.org/standards/RiC/ontology#Record", "https://www.ica.org/standards/RiC/ontology#RecordSet",
                SKOS.Concept.getURI());
    }

    @Test
    void domainsAndRangesInTheEsmNamespaceAreDeclared() {
        List<String> dangling = new ArrayList<>();
        for (Statement s : ONTOLOGY.listStatements().toList()) {
            if ((s.getPredicate().equals(RDFS.domain) || s.getPredicate().equals(RDFS.range)) && s.getObject().isURIResource()
                    && s.getObject().asResource().getURI().startsWith(Esm.NS)
                    && !declaredTerms().contains(s.getObject().asResource().getURI())) {
                dangling.add(s.toString());
            }
        }
        assertThat(dangling).isEmpty();
    }

    private static Set<String> declaredTerms() {
        Set<String> terms = new TreeSet<>();
        for (Resource type : TERM_TYPES) {
            ONTOLOGY.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
                if (r.isURIResource() && r.getURI().startsWith(Esm.NS)) terms.add(r.getURI());
            });
        }
        return terms;
    }

    private static Map<String, Resource> esmConstants() throws IllegalAccessException {
        Map<String, Resource> constants = new TreeMap<>();
        for (Field field : Esm.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                constants.put(field.getName(), (Resource) field.get(null));
            }
        }
        return constants;
    }
}
