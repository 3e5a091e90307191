package kz.esimder.convert.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits memory-book text — one lists.memo.ru entry, a stalin.memo.ru note, a mos.memo.ru {@code BIO}
 * — into canonical {@link Field} values in source order. It only cuts the text where the labels
 * say; what the pieces mean (which organ, which date) is for the normalisers. Text it cannot place
 * goes to {@link Field#OTHER} verbatim: nothing is dropped. Thread-safe and stateless; the CSV,
 * XLSX and JSON readers reuse it for a column that holds such text.
 */
public final class MemoryBookTextSplitter {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern NAME_LINE = Pattern.compile(
            "(?u)^\\p{Lu}[\\p{L}'’-]*(?:\\s*\\([^)]*\\))?(?:\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s*\\([^)]*\\))?){1,4}$");
    private static final Pattern PARENTHESISED = Pattern.compile("^\\((.*)\\)\\.?$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?u)(\\p{L}[\\p{L}-]*)\\.\\s+(?=\\p{Lu})");
    /** Abbreviations that end in a dot without ending a sentence: «г. Алма-Ата», «обл. Балхаш». */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "обл", "р-н", "р-на", "пос", "ст", "ул", "им", "гор", "дер", "губ", "окр", "кр", "респ", "авт", "пер",
            "просп", "совх", "колх", "зав", "зам", "пом", "нач", "инж", "преп", "тов", "ССР", "АССР", "СССР", "кв",
            "корп", "д", "стр", "ж.-д", "вол", "у", "нас", "пункт", "п", "с", "г", "х", "а", "м");

    /** Splits one record's memory-book text. */
    public List<RawRecord.Value> split(String text) {
        Split split = new Split();
        for (String rawLine : LINE_BREAK.split(text, -1)) {
            String line = rawLine.strip();
            if (!line.isEmpty() && !isSeparator(line)) {
                split.line(line);
            }
        }
        return split.values;
    }

    static boolean isSeparator(String line) {
        return line.length() >= 3 && line.chars().allMatch(c -> c == '-');
    }

    /** The state of one split: what has been seen decides how an unlabelled line is read. */
    private static final class Split {
        private final List<RawRecord.Value> values = new ArrayList<>();
        private boolean genderGiven;
        private boolean pastBiography;
        private String currentLabel;

        void line(String line) {
            List<MemoryBookLabel.Occurrence> found = MemoryBookLabel.find(line);
            int firstStart = found.isEmpty() ? line.length() : found.get(0).start();
            String unlabelled = Punctuation.trim(line.substring(0, firstStart));
            if (!unlabelled.isEmpty()) {
                unlabelled(unlabelled);
            }
            for (int i = 0; i < found.size(); i++) {
                MemoryBookLabel.Occurrence occurrence = found.get(i);
                int end = i + 1 < found.size() ? found.get(i + 1).start() : line.length();
                labelled(occurrence, line.substring(occurrence.valueStart(), end), line.substring(occurrence.start(), end));
            }
        }

        private void add(Field field, String text) {
            String t = text.strip();
            if (!t.isEmpty()) {
                values.add(new RawRecord.Value(field, currentLabel, t));
            }
        }

        private void unlabelled(String text) {
            currentLabel = null;
            Matcher parenthesised = PARENTHESISED.matcher(text);
            if (values.isEmpty() && NAME_LINE.matcher(text).matches()) {
                add(Field.FULL_NAME, text);
            } else if (parenthesised.matches() && !pastBiography) {
                if (!parenthesised.group(1).isBlank()) {
                    add(Field.NAME_VARIANTS, text);
                }
            } else if (text.endsWith(";") || (values.isEmpty() && text.contains(";"))) {
                BirthPhrase.splitItems(text, this::add);
            } else if (!pastBiography && !seen(Field.RESIDENCE)) {
                add(Field.OCCUPATION, text);
            } else {
                add(Field.OTHER, text);
            }
        }

        private boolean seen(Field field) {
            return values.stream().anyMatch(v -> v.field() == field);
        }

        private void labelled(MemoryBookLabel.Occurrence occurrence, String value, String whole) {
            currentLabel = occurrence.asWritten();
            String gender = occurrence.gender();
            if (gender != null && !genderGiven) {
                genderGiven = true;
                add(Field.GENDER, gender);
            }
            switch (occurrence.label()) {
                case BIRTH -> BirthPhrase.split(value, this::add);
                case RESIDENCE -> residence(value);
                case ARREST -> dated(value, Field.ARREST_DATE, Field.ARRESTED_BY);
                case SENTENCED -> VerdictPhrase.sentenced(value, this::add);
                case CHARGES -> add(Field.CHARGES, Punctuation.trim(value));
                case VERDICT -> VerdictPhrase.verdict(value, this::add);
                case EXECUTION -> dated(value, Field.EXECUTION_DATE, Field.EXECUTION_PLACE);
                case BURIAL -> add(Field.BURIAL_PLACE, Punctuation.trim(value));
                case REHABILITATION -> add(Field.REHABILITATION, Punctuation.trim(whole));
                case SOURCE -> add(Field.SOURCE_NAME, Punctuation.trim(
                        occurrence.asWritten().startsWith("Источник") ? value : whole));
                case NAME_VARIANTS -> add(Field.NAME_VARIANTS, Punctuation.trim(whole));
                case FAMILY -> add(Field.FAMILY, Punctuation.trim(whole));
            }
            if (occurrence.label() != MemoryBookLabel.BIRTH && occurrence.label() != MemoryBookLabel.RESIDENCE
                    && occurrence.label() != MemoryBookLabel.NAME_VARIANTS && occurrence.label() != MemoryBookLabel.SOURCE) {
                pastBiography = true;
            }
        }

        /** «Проживал: г. Алма-Ата. Зам. председателя …»: stalin.memo.ru notes put the occupation after the residence. */
        private void residence(String value) {
            String v = Punctuation.trim(value);
            Matcher end = SENTENCE_END.matcher(v);
            while (end.find()) {
                if (!ABBREVIATIONS.contains(end.group(1)) && end.group(1).length() > 1) {
                    add(Field.RESIDENCE, v.substring(0, end.start(1) + end.group(1).length()));
                    add(Field.OCCUPATION, Punctuation.trim(v.substring(end.end())));
                    return;
                }
            }
            add(Field.RESIDENCE, v);
        }

        /** A date and, before or after it, who or where: «7 сентября 1932 г. ЭКО ПП ОГПУ.», «НКВД Каз.ССР. 11.07.1932.». */
        private void dated(String value, Field dateField, Field restField) {
            String v = Punctuation.trim(value);
            Optional<DatePhrase.Span> date = DatePhrase.first(v);
            if (date.isEmpty()) {
                add(restField == Field.ARRESTED_BY ? restField : dateField, v);
                return;
            }
            String before = Punctuation.trim(v.substring(0, date.get().start()));
            String after = Punctuation.trim(v.substring(date.get().end()));
            if (!before.isEmpty()) {
                add(restField, before);
            }
            add(dateField, Punctuation.trim(date.get().in(v)));
            if (!after.isEmpty() && !after.equals(".")) {
                add(restField, after);
            }
        }
    }
}
