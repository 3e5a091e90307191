package kz.esimder.convert.record;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.esimder.convert.normalise.Gazetteer;
import kz.esimder.convert.read.Field;
import kz.esimder.convert.read.RawRecord;
import kz.esimder.ontology.Vocab;

/**
 * Interprets a {@link RawRecord} field by field through the normalisers into a
 * {@link VictimRecord}. Nothing is dropped: a value no normaliser understood stays on the record as
 * unparsed text, a second value of a single-valued field too, and an impossible date becomes a
 * problem while its text stays. Thread-safe.
 */
public final class RecordInterpreter {
    /** Fields that may repeat; a repeat of any other field is kept as unparsed text. */
    private static final Set<Field> REPEATABLE = EnumSet.of(Field.NAME_VARIANTS, Field.CHARGES, Field.CAMP_MOVEMENTS, Field.RESIDENCE,
            Field.REHABILITATION, Field.FAMILY, Field.OTHER, Field.MEMORY_BOOK_TEXT);

    private final PersonInterpreter persons;
    private final EventInterpreter events;
    private final Gazetteer archives;

    public RecordInterpreter(Normalisers normalisers, KnownConcepts known) {
        this(normalisers, known, Gazetteer.empty());
    }

    /** @param archives the archive vocabulary's labels («РГАСПИ» → rgaspi) */
    public RecordInterpreter(Normalisers normalisers, KnownConcepts known, Gazetteer archives) {
        this.persons = new PersonInterpreter(normalisers, known);
        this.events = new EventInterpreter(normalisers, persons);
        this.archives = archives;
    }

    public VictimRecord interpret(RawRecord raw) {
        Findings f = new Findings();
        RecordedPerson.Builder person = persons.interpret(raw, f);
        EventInterpreter.Result result = events.interpret(raw, f);
        String burial = raw.first(Field.BURIAL_PLACE).orElse(result.burialPlaceText());
        person.burialPlaceText(burial);
        keepTheRest(raw, f);
        SourceLocation source = source(raw, f);
        return new VictimRecord(source, person.build(), result.events(), f.unparsed(), f.problems());
    }

    private SourceLocation source(RawRecord raw, Findings f) {
        ArchiveReference reference = raw.first(Field.ARCHIVE_REFERENCE).map(ArchiveReference::parse).orElse(null);
        Concept archive = reference == null ? null : reference.archive()
                .flatMap(archives::lookup)
                .map(local -> persons.concept(Vocab.ARCHIVE, local, Field.ARCHIVE_REFERENCE, reference.text(), f))
                .orElse(null);
        return new SourceLocation(raw.file(), raw.line(), raw.verbatim() == null ? "" : raw.verbatim(),
                raw.first(Field.SOURCE_ID).map(String::strip).orElse(null),
                raw.first(Field.LINK).map(String::strip).orElse(null),
                reference, raw.first(Field.SOURCE_NAME).map(String::strip).orElse(null), archive);
    }

    private static final Field[] FIELDS = Field.values();

    /**
     * What no interpreter reads: the reader's OTHER values, memory-book text a reader left unsplit,
     * and the second value of a single-valued field.
     */
    private static void keepTheRest(RawRecord raw, Findings f) {
        // One pass over the values (not one per field): the second and later values of a
        // single-valued field are reported after the rest, field by field in Field's order.
        boolean[] seen = new boolean[FIELDS.length];
        Map<Field, List<String>> later = null;
        for (RawRecord.Value v : raw.values()) {
            if (v.text().isBlank()) {
                continue;
            }
            if (v.field() == Field.OTHER) {
                f.unparsed(Field.OTHER, v.label() == null || v.label().isBlank() ? v.text() : v.label() + ": " + v.text());
            } else if (v.field() == Field.MEMORY_BOOK_TEXT) {
                f.unparsed(Field.MEMORY_BOOK_TEXT, v.text());
            }
            if (REPEATABLE.contains(v.field())) {
                continue;
            }
            if (!seen[v.field().ordinal()]) {
                seen[v.field().ordinal()] = true;
            } else {
                later = later == null ? new EnumMap<>(Field.class) : later;
                later.computeIfAbsent(v.field(), k -> new ArrayList<>(1)).add(v.text());
            }
        }
        if (later != null) {
            later.forEach((field, texts) -> texts.forEach(text -> f.unparsed(field, text)));
        }
    }
}
