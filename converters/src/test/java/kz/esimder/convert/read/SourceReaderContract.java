package kz.esimder.convert.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link SourceReader} promises, whatever its format (in the manner of RDF4J Rio's
 * parser test suites): each format's test writes the same three people in its own shape and this
 * class checks records, lines, verbatim text and the Kazakh letters ә ғ қ ң ө ұ ү һ і.
 */
abstract class SourceReaderContract {

    /** One person as the contract fixtures hold them; every format must give these fields back unchanged. */
    record Person(String fullName, String birth, String birthPlace, String nationality, String arrestDate,
                  String sentence, boolean female) {
        Map<Field, String> fields() {
            return Map.of(Field.FULL_NAME, fullName, Field.BIRTH_DATE, birth, Field.BIRTH_PLACE, birthPlace,
                    Field.NATIONALITY, nationality, Field.ARREST_DATE, arrestDate, Field.SENTENCE, sentence);
        }
    }

    static final List<Person> PEOPLE = List.of(
            new Person("Әбілқайыров Ғабит Нұрғалиұлы", "в 1900 г.", "Қарағанды облысы, Ақмола ауданы, Үшқоңыр ауылы",
                    "қазақ", "7 наурыз 1937 ж.", "10 жыл ІТЛ, мүлкі тәркіленді", false),
            new Person("Өтепова Ұлжан Үсенқызы", "в 1905 г.", "Семей уезі, Шыңғыстау болысы", "қазақ",
                    "02.02.1938", "ЧСИР ретінде 8 жыл ІТЛ", true),
            new Person("ЖАҢАБАЕВ Шаһмардан Ілиясұлы", "в 1899 г.", "Ақтөбе губерниясы, Ырғыз", "қазақ",
                    "1937 г.", "ВМН", false));

    static final String KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮІ";

    @TempDir
    Path dir;

    /** Writes the people in this format into {@code dir} and returns the file. */
    abstract Path write(Path dir, List<Person> people) throws IOException;

    /** The 1-based line or row where the {@code index}-th person (0-based) starts in what {@link #write} wrote. */
    abstract long lineOf(int index);

    /** The format {@link SourceFormat#AUTO} must find for what {@link #write} wrote. */
    abstract SourceFormat format();

    private ReadResult readBack() throws IOException {
        return ReadResult.of(write(dir, PEOPLE), ReaderOptions.defaults());
    }

    @Test
    void autoDetectionFindsTheFormat() throws IOException {
        assertThat(SourceFormat.detect(write(dir, PEOPLE))).isEqualTo(format());
    }

    @Test
    void oneRecordPerPersonAtItsLine() throws IOException {
        ReadResult result = readBack();
        assertThat(result.problems()).isEmpty();
        assertThat(result.records()).extracting(RawRecord::line).containsExactly(lineOf(0), lineOf(1), lineOf(2));
    }

    @Test
    void everyFieldComesBackExactlyWithItsKazakhLetters() throws IOException {
        List<RawRecord> records = readBack().records();
        for (int i = 0; i < PEOPLE.size(); i++) {
            RawRecord record = records.get(i);
            PEOPLE.get(i).fields().forEach((field, text) ->
                    assertThat(record.first(field)).as(field.name()).contains(text));
        }
        String all = String.join("", records.stream().flatMap(r -> r.values().stream()).map(RawRecord.Value::text).toList());
        for (char letter : KAZAKH_LETTERS.toCharArray()) {
            assertThat(all).as("letter %s", letter).contains(String.valueOf(letter));
        }
    }

    @Test
    void verbatimHoldsEveryValueAsWritten() throws IOException {
        List<RawRecord> records = readBack().records();
        for (int i = 0; i < PEOPLE.size(); i++) {
            RawRecord record = records.get(i);
            PEOPLE.get(i).fields().values().forEach(text -> assertThat(record.verbatim()).contains(text));
        }
    }

    @Test
    void recordsNameTheFileWithoutItsDirectory() throws IOException {
        Path file = write(dir, PEOPLE);
        assertThat(ReadResult.of(file).records()).allSatisfy(r -> assertThat(r.file()).isEqualTo(file.getFileName().toString()));
    }

    @Test
    void nothingToReadIsNoRecordsAndNoError() throws IOException {
        Path file = write(dir, List.of());
        ReadResult result = ReadResult.of(file, ReaderOptions.defaults().withFormat(format()));
        assertThat(result.records()).isEmpty();
    }

    @Test
    void noValueIsBlankOrUntrimmed() throws IOException {
        assertThat(readBack().records()).allSatisfy(r -> assertThat(r.values())
                .allSatisfy(v -> assertThat(v.text()).isNotBlank().isEqualTo(v.text().strip())));
    }

    static Path file(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
