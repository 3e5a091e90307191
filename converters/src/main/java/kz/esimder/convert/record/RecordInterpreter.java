package kz.esimder.convert.record;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.esimder.convert.read.Field;
import kz.esimder.convert.read.RawRecord;

/**
 * Interprets a {@link RawRecord} field by field through the normalisers into a
 * {@link VictimRecord}. Nothing is dropped: a value no normaliser understood stays on the record as
 * unparsed text, a second value of a single-valued field too, and an impossible date becomes a
 * problem while its text stays. Thread-safe.
 */
public final class RecordInterpreter {
    /** Fields that may repeat; a repeat of any other field is kept as unparsed text. */
    private static final Set<Field> REPEATABLE = EnumSet.of(Field.NAME_VARIANTS, Field.CHARGES, Field.CAMP_MOVEMENTS,
            Field.REHABILITATION, Field.FAMILY, Field.OTHER, Field.MEMORY_BOOK_TEXT);

    private final PersonInterpreter persons;
    private final EventInterpreter events;

    public RecordInterpreter(Normalisers normalisers, KnownConcepts known) {
        this.persons = new PersonInterpreter(normalisers, known);
        this.events = new EventInterpreter(normalisers, persons);
    }

    public VictimRecord interpret(RawRecord raw) {
        Findings f = new Findings();
        RecordedPerson.Builder person = persons.interpret(raw, f);
        EventInterpreter.Result result = events.interpret(raw, f);
        String burial = raw.first(Field.BURIAL_PLACE).orElse(result.burialPlaceText());
        person.burialPlaceText(burial);
        keepTheRest(raw, f);
        return new VictimRecord(source(raw), person.build(), result.events(), f.unparsed(), f.problems());
    }

    private static SourceLocation source(RawRecord raw) {
        String reference = raw.first(Field.ARCHIVE_REFERENCE).orElse(null);
        return new SourceLocation(raw.file(), raw.line(), raw.verbatim() == null ? "" : raw.verbatim(),
                raw.first(Field.SOURCE_ID).map(String::strip).orElse(null),
                raw.first(Field.LINK).map(String::strip).orElse(null),
                reference == null ? null : ArchiveReference.parse(reference),
                raw.first(Field.SOURCE_NAME).map(String::strip).orElse(null));
    }

    /**
     * What no interpreter reads: the reader's OTHER values, memory-book text a reader left unsplit,
     * and the second value of a single-valued field.
     */
    private static void keepTheRest(RawRecord raw, Findings f) {
        for (RawRecord.Value v : raw.values()) {
            if (v.text().isBlank()) {
                continue;
            }
            if (v.field() == Field.OTHER) {
                f.unparsed(Field.OTHER, v.label() == null || v.label().isBlank() ? v.text() : v.label() + ": " + v.text());
            } else if (v.field() == Field.MEMORY_BOOK_TEXT) {
                f.unparsed(Field.MEMORY_BOOK_TEXT, v.text());
            }
        }
        for (Field field : Field.values()) {
            if (REPEATABLE.contains(field)) {
                continue;
            }
            List<String> all = raw.all(field);
            for (int i = 1; i < all.size(); i++) {
                f.unparsed(field, all.get(i));
            }
        }
    }
}
