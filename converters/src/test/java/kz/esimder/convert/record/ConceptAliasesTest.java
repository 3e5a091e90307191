package kz.esimder.convert.record;

import static org.assertj.core.api.Assertions.assertThat;

import kz.esimder.convert.pipeline.TestConversions;
import org.junit.jupiter.api.Test;

class ConceptAliasesTest {

    @Test
    void everyAliasPointsToAConceptTheVocabulariesDefine() {
        KnownConcepts known = TestConversions.ontology().knownConcepts();
        for (Concept target : ConceptAliases.targets()) {
            assertThat(known.contains(target)).as(target.toString()).isTrue();
        }
    }

    @Test
    void aNameWithoutAliasStaysItself() {
        Concept c = Concept.of("charge", "58-10");
        assertThat(ConceptAliases.canonical(c)).isSameAs(c);
        assertThat(ConceptAliases.canonical(Concept.of("rehabilitation-basis", "decree-1989-01-16")))
                .isEqualTo(Concept.of("rehabilitation-basis", "ussr-1989-01-16"));
    }
}
