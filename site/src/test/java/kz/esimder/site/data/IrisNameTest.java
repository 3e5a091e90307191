package kz.esimder.site.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Iris#isName}, the plain check {@link Iris#parse} uses, agrees with the pattern {@link Iris#NAME} it stands for. */
class IrisNameTest {
    @Test
    void agreesWithThePattern() {
        for (String s : new String[] {"", "a", "-a", "a-", "troika-unkvd-karaganda", "58-10", "A", "ä", "a_b", "a b",
                "a".repeat(100), "a".repeat(101), "0", "--"}) {
            assertThat(Iris.isName(s)).as(s).isEqualTo(Iris.NAME.matcher(s).matches());
        }
        String alphabet = "az09-A_ жé/";
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(5); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Iris.isName(s.toString())).as(s.toString()).isEqualTo(Iris.NAME.matcher(s).matches());
        }
    }
}
