package kz.esimder.convert.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceKeysTest {

    @Test
    void fileNameWithoutExtensionBecomesTheKey() {
        assertThat(SourceKeys.fromFileName("/data/kz-records.txt")).isEqualTo("kz-records");
        assertThat(SourceKeys.fromFileName("cardfile-ru-cp1251.csv")).isEqualTo("cardfile-ru-cp1251");
        assertThat(SourceKeys.fromFileName("Stalin Lists_KZ.v2.CSV")).isEqualTo("stalin-lists-kz-v2");
    }

    @Test
    void cyrillicAndKazakhNamesAreTransliterated() {
        String key = SourceKeys.fromFileName("Қарағанды тізімі.csv");
        assertThat(key).matches("[a-z0-9]+(-[a-z0-9]+)*").isEqualTo("karagandy-tizimi");
    }

    @Test
    void aNameWithNothingUsableIsRefusedWithTheName() {
        assertThatThrownBy(() -> SourceKeys.fromFileName("---.csv")).hasMessageContaining("---.csv");
    }

    @Test
    void irisFollowTheModel() {
        DataIris iris = new DataIris("http://example.org/", "kz-records");
        assertThat(iris.graph().getURI()).isEqualTo("http://example.org/graph/kz-records");
        assertThat(iris.source().getURI()).isEqualTo("http://example.org/id/source/kz-records");
        assertThat(iris.record(17).getURI()).isEqualTo("http://example.org/id/record/kz-records-17");
        assertThat(iris.person(17).getURI()).isEqualTo("http://example.org/id/person/kz-records-17");
        assertThat(iris.event(17, 2).getURI()).isEqualTo("http://example.org/id/event/kz-records-17-2");
    }

    @Test
    void badBaseOrKeyIsRefused() {
        assertThatThrownBy(() -> new DataIris("http://example.org", "k")).hasMessageContaining("http://example.org");
        assertThatThrownBy(() -> new DataIris("http://example.org/", "Кир")).hasMessageContaining("Кир");
    }
}
