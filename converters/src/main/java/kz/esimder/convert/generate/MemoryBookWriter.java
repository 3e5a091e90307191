package kz.esimder.convert.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Memory-book text in the lists.memo.ru style: a name line, labelled lines («Родился в …»,
 * «Арестован …», «Приговорен: …, обв.: …», «Приговор: …», «Реабилитирован …»), «Источник:», and a
 * «---» line after each entry; UTF-8 with CRLF, as the real file.
 */
final class MemoryBookWriter implements RecordWriter {
    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter VERBAL = DateTimeFormatter.ofPattern("d MMMM yyyy 'г.'", Locale.forLanguageTag("ru"));
    private static final String EOL = "\r\n";

    private final Writer out;

    MemoryBookWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void write(SyntheticPerson p) throws IOException {
        StringBuilder b = new StringBuilder(512);
        b.append(p.surname().toUpperCase(Locale.ROOT)).append(' ').append(p.givenName());
        if (p.patronymic() != null) {
            b.append(' ').append(p.patronymic());
        }
        b.append(EOL);
        String suffix = p.female() ? "а" : "";
        b.append("Родил").append(p.female() ? "ась" : "ся");
        if (p.birthYear() != null) {
            b.append(" в ").append(p.birthYear()).append(" г.");
        }
        if (p.birthPlace() != null) {
            b.append(p.birthYear() != null ? ", " : " ").append(p.birthPlace());
        }
        b.append(';');
        appendItem(b, p.nationality());
        appendItem(b, p.education() == null ? null : "образование " + p.education());
        appendItem(b, p.party());
        b.append(EOL);
        if (p.occupation() != null) {
            b.append(p.occupation()).append('.').append(EOL);
        }
        if (p.residence() != null) {
            b.append("Проживал").append(suffix).append(": ").append(p.residence()).append('.').append(EOL);
        }
        if (p.arrestDate() != null) {
            b.append("Арестован").append(suffix).append(' ').append(verbal(p.arrestDate()));
            if (p.arrestedBy() != null) {
                b.append(' ').append(p.arrestedBy());
            }
            b.append(EOL);
        }
        b.append("Приговорен").append(suffix).append(": ").append(p.sentencedBy());
        if (p.sentenceDate() != null) {
            b.append(' ').append(verbal(p.sentenceDate()));
        }
        if (p.charges() != null) {
            b.append(", обв.: ").append(p.charges());
        }
        b.append('.').append(EOL);
        b.append("Приговор: ").append(p.sentence());
        if (p.executionDate() != null) {
            b.append(". Расстрелян").append(suffix).append(' ').append(p.executionDate());
        }
        b.append(EOL);
        if (p.rehabilitationDate() != null) {
            b.append("Реабилитирован").append(suffix).append(' ').append(verbal(p.rehabilitationDate()));
            if (p.rehabilitatedBy() != null) {
                b.append(' ').append(p.rehabilitatedBy());
            }
            if (p.rehabilitationBasis() != null) {
                b.append(' ').append(p.rehabilitationBasis());
            }
            b.append(EOL);
        }
        b.append("Источник: ").append(p.source()).append(EOL);
        b.append("---").append(EOL);
        out.write(b.toString());
    }

    private static void appendItem(StringBuilder b, String item) {
        if (item != null) {
            b.append(' ').append(item).append(';');
        }
    }

    /** «02.02.1937» → «2 февраля 1937 г.»; an impossible date stays as written. */
    private static String verbal(String numeric) {
        try {
            return LocalDate.parse(numeric, NUMERIC).format(VERBAL);
        } catch (DateTimeParseException e) {
            return numeric;
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
