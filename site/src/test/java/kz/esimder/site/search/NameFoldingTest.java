package kz.esimder.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFoldingTest {
    @Test
    void russianKazakhAndLatinSpellingsOfOneNameShareASkeleton() {
        String ru = NameFolding.skeleton(NameFolding.tokens("Джансугуров").get(0));
        assertThat(NameFolding.skeleton(NameFolding.tokens("Жансүгіров").get(0))).isEqualTo(ru);
        assertThat(NameFolding.skeleton(NameFolding.tokens("Zhansugurov").get(0))).isEqualTo(ru);
        assertThat(NameFolding.skeleton(NameFolding.tokens("Dzhansugurov").get(0))).isEqualTo(ru);
        assertThat(NameFolding.skeleton(NameFolding.tokens("Какимович").get(0)))
                .isEqualTo(NameFolding.skeleton(NameFolding.tokens("Кикимович").get(0)));
    }

    @Test
    void yoAndShortIFoldToTheirPlainLetters() {
        assertThat(NameFolding.tokens("Королёв Андрей")).isEqualTo(NameFolding.tokens("КОРОЛЕВ андреи"));
        assertThat(NameFolding.tokens("Сәрсенбай")).isEqualTo(NameFolding.tokens("Сарсенбай"));
    }

    @Test
    void punctuationAndMarkupAreNotPartOfANameKey() {
        assertThat(NameFolding.tokens("ТОНИН (САРСЕНЕВ) <script>")).containsExactly("tonin", "sarsenev", "script");
        assertThat(NameFolding.tokens("\" } ; DROP ALL")).containsExactly("drop", "all");
    }
}
