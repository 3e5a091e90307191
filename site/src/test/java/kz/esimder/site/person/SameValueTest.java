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

    /** The two patterns {@code comparable} is defined by, run on every text: its shortcut must agree with them. */
    private static String byThePatterns(String text) {
        String trimmed = text.replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "").replaceAll("\\s+", " ");
        return (trimmed.isEmpty() ? text : trimmed).toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void theShortcutAgreesWithThePatternsOnAwkwardTexts() {
        List<String> fixed = List.of("a", "Абай", "a b", "a  b", "a\tb", "a\u00A0b", "a.", ".a", "a\n", "a.\u0085",
                "a\u0085", "a.\u2028", "\u2028", " ", "(1937)", "\uD800\uDD00a", "a\uD800\uDD00", "a\uD83D\uDE00", "«»", "a-b");
        fixed.forEach(t -> assertThat(PersonPageBuilder.comparable(t)).as(t).isEqualTo(byThePatterns(t)));
        String alphabet = "aЖә .,«»-\t\n\u00A0\u0085\u2028\u2029\uD800\uDD00";
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(6); i >= 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertThat(PersonPageBuilder.comparable(t)).as("%s", t.codePoints().boxed().toList()).isEqualTo(byThePatterns(t));
        }
    }
}
