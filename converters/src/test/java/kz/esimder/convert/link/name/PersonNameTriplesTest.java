package kz.esimder.convert.link.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.esimder.ontology.Esm;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;

class PersonNameTriplesTest {
    private static final Node PERSON = NodeFactory.createURI("https://example.org/id/person/1");

    @Test
    void theTagsNeedNoFormattingByJena() {
        for (String tag : List.of(PersonNameTriples.RU_LATN, PersonNameTriples.KK_LATN)) {
            Node formatted = NodeFactory.createLiteralLang("Jansügırov", tag);
            assertThat(formatted.getLiteralLanguage()).isEqualTo(tag);
            assertThat(PersonNameTriples.inLanguage("Jansügırov", tag)).isEqualTo(formatted);
        }
    }

    @Test
    void aKazakhNameGetsItsKeyAndBothTransliterations() {
        List<Triple> triples = PersonNameTriples.of(PERSON, "Жансүгіров Ілияс", "Жансүгіров", "Ілияс", null, List.of());
        assertThat(triples).contains(
                Triple.create(PERSON, Esm.nameKey.asNode(), NodeFactory.createLiteralString("ils jnsgr")),
                Triple.create(PERSON, Esm.transliteration.asNode(), NodeFactory.createLiteralLang("Zhansugirov Iliyas", "ru-latn")),
                Triple.create(PERSON, Esm.transliteration.asNode(), NodeFactory.createLiteralLang("Jansügırov Ilias", "KK-latn")));
        assertThat(triples).hasSize(3);
    }
}
