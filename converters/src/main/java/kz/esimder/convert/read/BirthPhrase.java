package kz.esimder.convert.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Cuts the birth statement of a memory-book entry into date, place, nationality, education, party
 * and (in the mos.memo.ru style) occupation. Two shapes occur:
 * lists.memo.ru puts the facts between semicolons («в 1874 г., г. Казань, с. Дербышки; русская;
 * образование начальное;»); stalin.memo.ru and mos.memo.ru run them together with commas («в 1900,
 * Могилевская обл., …, белорус, обр.: высшее», «1898, Минская обл., …, белорус, б/п, зав. …»).
 * In the comma shape the nationality is the first single lower-case word after the place.
 */
final class BirthPhrase {

    private static final Pattern EDUCATION = Pattern.compile(
            "(?iu)^(?:обр\\.|образование|(?:не|мало|мало-)?грамотн|неграмотн|окончил|учился|высшее|среднее|начальное|н/начальное)");
    private static final Pattern PARTY = Pattern.compile(
            "(?iu)^(?:б/п|беспартийн|член(?:/канд\\.)?\\s|канд(?:\\.|идат)\\s|бывш(?:ий|\\.)\\s+член|"
                    + "социал-демократ|анархист|эсер|меньшевик|(?:член\\s+)?(?:ВКП|РКП|КПСС|ВЛКСМ))");
    private static final Pattern NATIONALITY = Pattern.compile("(?u)^\\p{Ll}[\\p{Ll}-]{2,}(?:\\s*\\(\\p{Ll}+\\))?$");

    private BirthPhrase() {}

    /** Splits the text after the birth label and hands each value to {@code out} (field, text). */
    static void split(String text, BiConsumer<Field, String> out) {
        String t = Punctuation.trim(text);
        if (t.contains(";")) {
            String[] parts = t.split(";");
            dateAndPlace(parts[0], out);
            for (int i = 1; i < parts.length; i++) {
                item(parts[i], true, out);
            }
            return;
        }
        commaShape(t, out);
    }

    /** The items of a lists.memo.ru birth line whose date and place are missing: «немка;», «русский;  образование начальное;». */
    static void splitItems(String text, BiConsumer<Field, String> out) {
        for (String part : text.split(";")) {
            item(part, true, out);
        }
    }

    private static void dateAndPlace(String part, BiConsumer<Field, String> out) {
        String p = Punctuation.trim(part);
        Optional<DatePhrase.Span> date = DatePhrase.first(p).filter(s -> s.start() <= 2);
        String rest = p;
        if (date.isPresent()) {
            out.accept(Field.BIRTH_DATE, Punctuation.trim(date.get().in(p)));
            rest = Punctuation.trim(p.substring(date.get().end()));
        }
        if (rest.isEmpty()) {
            return;
        }
        if (NATIONALITY.matcher(Punctuation.trimSentence(rest)).matches()) {
            out.accept(Field.NATIONALITY, Punctuation.trimSentence(rest));
        } else {
            out.accept(Field.BIRTH_PLACE, rest);
        }
    }

    /** One «;» item: education, party, or by position the nationality. */
    private static void item(String part, boolean nationalityByPosition, BiConsumer<Field, String> out) {
        String p = Punctuation.trim(part);
        if (p.isEmpty()) {
            return;
        }
        if (EDUCATION.matcher(p).find()) {
            out.accept(Field.EDUCATION, p);
        } else if (PARTY.matcher(p).find()) {
            out.accept(Field.PARTY, p);
        } else if (nationalityByPosition) {
            out.accept(Field.NATIONALITY, p);
        } else {
            out.accept(Field.OTHER, p);
        }
    }

    private static void commaShape(String t, BiConsumer<Field, String> out) {
        List<String> items = CommaItems.split(t);
        int i = 0;
        if (!items.isEmpty()) {
            String first = items.get(0);
            Optional<DatePhrase.Span> date = DatePhrase.first(first).filter(s -> s.start() <= 2);
            if (date.isPresent()) {
                out.accept(Field.BIRTH_DATE, Punctuation.trim(date.get().in(first)));
                String rest = Punctuation.trim(first.substring(date.get().end()));
                if (rest.isEmpty()) {
                    i = 1;
                } else {
                    items.set(0, rest);
                }
            }
        }
        List<String> place = new ArrayList<>();
        List<String> occupation = new ArrayList<>();
        boolean pastPlace = false;
        for (; i < items.size(); i++) {
            String item = Punctuation.trim(items.get(i));
            if (item.isEmpty()) {
                continue;
            }
            Field field = commaItemField(item, pastPlace);
            if (field == null) {
                (pastPlace ? occupation : place).add(item);
                continue;
            }
            if (!pastPlace && !place.isEmpty()) {
                out.accept(Field.BIRTH_PLACE, String.join(", ", place));
            }
            pastPlace = true;
            switch (field) {
                case EDUCATION -> out.accept(field, Punctuation.trim(item.replaceFirst("^обр\\.\\s*:?", "")));
                case NATIONALITY -> out.accept(field, Punctuation.trimSentence(item));
                default -> out.accept(field, item);
            }
        }
        if (!pastPlace && !place.isEmpty()) {
            out.accept(Field.BIRTH_PLACE, String.join(", ", place));
        }
        if (!occupation.isEmpty()) {
            out.accept(Field.OCCUPATION, String.join(", ", occupation));
        }
    }

    private static Field commaItemField(String item, boolean pastPlace) {
        if (EDUCATION.matcher(item).find()) {
            return Field.EDUCATION;
        }
        if (PARTY.matcher(item).find()) {
            return Field.PARTY;
        }
        if (!pastPlace && NATIONALITY.matcher(Punctuation.trimSentence(item)).matches()) {
            return Field.NATIONALITY;
        }
        return null;
    }
}
