package kz.esimder.site.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.esimder.site.person.PersonPage.FactValue;
import kz.esimder.site.person.PersonPage.Link;
import org.junit.jupiter.api.Test;

/** Two sources' values that differ only by case or surrounding punctuation are one value with both sources, not a conflict. */
class SameValueTest {
    private static final Link A = new Link("list A", "/page/source/a");
    private static final Link B = new Link("list B", "/page/source/b");

    @Test
    void trailingPunctuationAndCaseDoNotMakeAConflict() {
        List<FactValue> one = PersonPageBuilder.sameTextOnce(List.of(
                new FactValue("высшее", null, List.of(A)), new FactValue("Высшее.", null, List.of(B))));
        assertThat(one).hasSize(1);
        assertThat(one.get(0).text()).isEqualTo("высшее");
        assertThat(one.get(0).sources()).containsExactly(A, B);
    }

    @Test
    void differentWordsStayTwoValues() {
        assertThat(PersonPageBuilder.sameTextOnce(List.of(
                new FactValue("высшее", null, List.of(A)), new FactValue("среднее", null, List.of(B))))).hasSize(2);
        assertThat(PersonPageBuilder.comparable("  «Букончинович» ")).isEqualTo("букончинович");
        assertThat(PersonPageBuilder.comparable("Букончинович")).isNotEqualTo(PersonPageBuilder.comparable("Буканчинович"));
        assertThat(PersonPageBuilder.comparable("...")).isEqualTo("...");
    }
}
