package kz.esimder.convert.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnAliasesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Фамилия|SURNAME", "Тегі|SURNAME", "surname|SURNAME", "  ФАМИЛИЯ : |SURNAME",
            "Имя|GIVEN_NAME", "Аты|GIVEN_NAME", "given_name|GIVEN_NAME",
            "Отчество|PATRONYMIC", "Әкесінің аты|PATRONYMIC", "patronymic|PATRONYMIC",
            "Год рождения|BIRTH_DATE", "Туған жылы|BIRTH_DATE", "birth_year|BIRTH_DATE", "Birth Year|BIRTH_DATE",
            "Место работы, должность|OCCUPATION", "Жұмыс орны, қызметі|OCCUPATION",
            "Кем осужден|SENTENCED_BY", "Кем осуждён|SENTENCED_BY", "Кім соттады|SENTENCED_BY",
            "Архив шифры|ARCHIVE_REFERENCE", "archive_ref|ARCHIVE_REFERENCE",
            "name_in_list|FULL_NAME", "fio|FULL_NAME", "NAME|FULL_NAME",
            "person_id|SOURCE_ID", "BIO|MEMORY_BOOK_TEXT", "spravka|MEMORY_BOOK_TEXT",
            "LINK|LINK", "ADDRESS|RESIDENCE", "source|SOURCE_NAME", "Дереккөз|SOURCE_NAME"})
    void headersInThreeLanguages(String header, Field expected) {
        assertThat(ColumnAliases.builtIn().field(header)).contains(expected);
    }

    @Test
    void unknownHeaderHasNoField() {
        assertThat(ColumnAliases.builtIn().field("politburo_signatures")).isEmpty();
    }

    @Test
    void mappingFileErrorsNameTheLineAndTheValue() throws IOException {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "# layout\nФамилия = SURNAME\nИмя = FIRSTNAME\n");
        assertThatThrownBy(() -> ColumnMapping.load(file))
                .isInstanceOfSatisfying(UnreadableInputException.class,
                        e -> assertThat(e.kind()).isEqualTo(UnreadableInputException.Kind.MAPPING))
                .hasMessageStartingWith("bad.properties line 3: «FIRSTNAME» is not a field");
        Files.writeString(file, "encoding = klingon-8\n");
        assertThatThrownBy(() -> ColumnMapping.load(file)).hasMessageContaining("«klingon-8»");
        Files.writeString(file, "just a header\n");
        assertThatThrownBy(() -> ColumnMapping.load(file)).hasMessageContaining("line 1");
    }

    @Test
    void mappingOptionsAndAColumnNamedLikeAnOption() throws IOException {
        Path file = dir.resolve("layout.properties");
        Files.writeString(file, "encoding = windows-1251\ndelimiter = tab\ncolumn:encoding = OTHER\nNAME = surname\n");
        ColumnMapping mapping = ColumnMapping.load(file);
        assertThat(mapping.encoding()).contains(TextInput.WINDOWS_1251);
        assertThat(mapping.delimiter()).contains('\t');
        assertThat(mapping.restricted()).isFalse();
        assertThat(mapping.field("Encoding")).contains(Field.OTHER);
        assertThat(mapping.field("name")).contains(Field.SURNAME);
        assertThat(ReaderOptions.defaults().withMapping(mapping).explicitCharset()).isEqualTo(TextInput.WINDOWS_1251);
    }
}
