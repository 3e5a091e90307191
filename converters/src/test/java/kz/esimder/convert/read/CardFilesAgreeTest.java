package kz.esimder.convert.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same eight people transcribed into four card-file shapes — a Russian Excel CSV (Windows-1251,
 * «;»), a Kazakh-header CSV (UTF-8 with BOM), a workbook with a title row, a partner's JSON Lines —
 * must come out with the same fields and values, whatever the format.
 */
class CardFilesAgreeTest {

    private static List<List<String>> fields(String fixture) throws IOException {
        ReadResult result = ReadResult.of(ReadResult.fixture(fixture));
        assertThat(result.problems()).as(fixture).isEmpty();
        return result.records().stream()
                .map(r -> r.values().stream().map(v -> v.field() + "=" + v.text()).toList())
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"card-files/cardfile-kk-utf8.csv", "card-files/cardfile-ru.xlsx", "card-files/partner-export.jsonl"})
    void sameFieldsAsTheWindows1251CardFile(String fixture) throws IOException {
        List<List<String>> reference = fields("card-files/cardfile-ru-cp1251.csv");
        assertThat(reference).hasSize(8);
        assertThat(fields(fixture)).isEqualTo(reference);
    }

    @ParameterizedTest
    @ValueSource(strings = {"card-files/cardfile-ru-cp1251.csv", "card-files/cardfile-kk-utf8.csv",
            "card-files/cardfile-ru.xlsx", "card-files/partner-export.jsonl"})
    void noCardFileColumnIsUnknown(String fixture) throws IOException {
        assertThat(fields(fixture).stream().flatMap(List::stream)).noneMatch(p -> p.startsWith("OTHER="));
        assertThat(fields(fixture).get(3)).contains("SURNAME=Асфендиаров", "PARTY=член ВКП(б) в 1919-1937 гг.",
                "SENTENCED_BY=выездная сессия ВК ВС СССР в г. Алма-Ата", "EXECUTION_DATE=25.02.1938");
        assertThat(Stream.of("BIRTH_DATE=1900")).allMatch(fields(fixture).get(0)::contains);
    }
}
