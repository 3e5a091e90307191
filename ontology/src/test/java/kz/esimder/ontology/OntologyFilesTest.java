package kz.esimder.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class OntologyFilesTest {

    @Test
    void loadsEachPartFromTheClasspath() {
        assertThat(OntologyFiles.allPaths()).hasSize(2 + Vocab.SCHEMES.size()).allMatch(p -> p.startsWith("esimder/ontology/"));
        assertThat(OntologyFiles.ontology().contains(Esm.Person, RDF.type, org.apache.jena.vocabulary.OWL2.Class)).isTrue();
        assertThat(OntologyFiles.shapes().numRootShapes()).isGreaterThan(30);
        Model organs = OntologyFiles.vocabulary(Vocab.ORGAN);
        assertThat(organs.contains(Vocab.concept(Vocab.ORGAN, "nkvd-troika"), SKOS.inScheme, Vocab.scheme(Vocab.ORGAN))).isTrue();
        Model all = OntologyFiles.vocabularies();
        Vocab.SCHEMES.forEach(s -> assertThat(all.contains(Vocab.scheme(s), RDF.type, SKOS.ConceptScheme)).as(s).isTrue());
    }

    @Test
    void returnsAFreshModelOnEveryCall() {
        Model first = OntologyFiles.vocabulary(Vocab.GENDER);
        first.removeAll();
        assertThat(OntologyFiles.vocabulary(Vocab.GENDER).isEmpty()).isFalse();
    }

    @Test
    void namesTheUnknownSchemeAndTheMissingResource() {
        assertThatThrownBy(() -> OntologyFiles.vocabulary("organs")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'organs'");
        assertThatThrownBy(() -> OntologyFiles.load(org.apache.jena.rdf.model.ModelFactory.createDefaultModel(), "esimder/ontology/nope.ttl"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nope.ttl");
    }
}
