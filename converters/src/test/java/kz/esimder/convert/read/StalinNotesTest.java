package kz.esimder.convert.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Every stalin.memo.ru note of the fixtures (the {@code spravka} field of the YAML files) is cut
 * into fields with nothing left over, and the verdict gives organ, date and, when stated, sentence.
 */
class StalinNotesTest {

    static Stream<Path> notes() throws IOException {
        Path folder = ReadResult.fixture("stalin-lists/spravki/p4920.yaml").getParent();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @SuppressWarnings("unchecked")
    private static String spravka(Path yaml) throws IOException {
        try (Reader reader = Files.newBufferedReader(yaml, StandardCharsets.UTF_8)) {
            List<Map<String, Object>> entries = new Yaml().load(reader);
            return (String) entries.get(0).get("spravka");
        }
    }

    @ParameterizedTest
    @MethodSource("notes")
    void noteIsCutWithNothingLeftOver(Path yaml) throws IOException {
        String note = spravka(yaml);
        RawRecord record = new RawRecord(yaml.getFileName().toString(), 1, note, new MemoryBookTextSplitter().split(note));
        assertThat(record.all(Field.OTHER)).isEmpty();
        assertThat(record.first(Field.BIRTH_DATE)).hasValueSatisfying(d -> assertThat(d).matches("в 1[89]\\d\\d"));
        assertThat(record.first(Field.NATIONALITY)).isPresent();
        assertThat(record.first(Field.RESIDENCE)).isPresent();
        assertThat(record.first(Field.SENTENCED_BY)).hasValueSatisfying(o -> assertThat(o).containsPattern("ВК ВС СССР|Верховный суд СССР"));
        assertThat(record.first(Field.SENTENCE_DATE)).hasValueSatisfying(d -> assertThat(d).matches("\\d\\d\\.\\d\\d\\.193[78]"));
        assertThat(record.first(Field.REHABILITATION).isPresent()).isEqualTo(note.contains("Реабилитирован"));
        assertThat(record.first(Field.EXECUTION_DATE).isPresent()).isEqualTo(note.contains("Расстрелян"));
        if (note.contains("– ВМН") || note.contains("– 10 лет ИТЛ")) {
            assertThat(record.first(Field.SENTENCE)).hasValueSatisfying(s -> assertThat(s).isIn("ВМН", "10 лет ИТЛ"));
        }
        if (note.contains("Обв.")) {
            assertThat(record.first(Field.CHARGES)).hasValueSatisfying(c -> assertThat(c).contains("58-"));
        }
    }
}
