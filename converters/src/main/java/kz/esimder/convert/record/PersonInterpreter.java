package kz.esimder.convert.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.esimder.convert.normalise.FuzzyDate;
import kz.esimder.convert.normalise.Gender;
import kz.esimder.convert.normalise.Nationality;
import kz.esimder.convert.normalise.Parsed;
import kz.esimder.convert.normalise.PersonName;
import kz.esimder.convert.normalise.PlaceName;
import kz.esimder.convert.read.Field;
import kz.esimder.convert.read.RawRecord;
import kz.esimder.ontology.Vocab;

/** Reads the person's fields of a raw record through the normalisers. */
final class PersonInterpreter {
    private final Normalisers n;
    private final KnownConcepts known;

    PersonInterpreter(Normalisers normalisers, KnownConcepts known) {
        this.n = normalisers;
        this.known = known;
    }

    /** The person's values; the caller adds what other fields say (a burial place) and builds. */
    RecordedPerson.Builder interpret(RawRecord raw, Findings f) {
        RecordedPerson.Builder b = RecordedPerson.builder();
        name(raw, f, b);
        Gender gender = null;
        Optional<String> genderText = raw.first(Field.GENDER);
        if (genderText.isPresent()) {
            gender = f.take(Field.GENDER, n.genders().parse(genderText.get()));
        }
        raw.first(Field.BIRTH_DATE).ifPresent(text -> {
            b.birthDateText(text);
            FuzzyDate d = f.take(Field.BIRTH_DATE, n.dates().parseBirth(text));
            b.birthDate(d);
        });
        raw.first(Field.BIRTH_PLACE).ifPresent(text -> b.birthPlaceText(text).birthPlace(place(Field.BIRTH_PLACE, text, f)));
        Optional<String> nationalityText = raw.first(Field.NATIONALITY);
        if (nationalityText.isPresent()) {
            b.nationalityText(nationalityText.get());
            Nationality nat = f.take(Field.NATIONALITY, n.nationalities().parse(nationalityText.get()));
            if (nat != null) {
                b.nationality(concept(Vocab.NATIONALITY, nat.localName(), Field.NATIONALITY, nationalityText.get(), f));
                if (gender == null) {
                    gender = nat.gender();
                }
            }
        }
        if (gender != null) {
            b.gender(concept(Vocab.GENDER, gender.notation(), Field.GENDER, gender.notation(), f));
        }
        boolean resolvedResidence = false;
        raw.first(Field.EDUCATION).ifPresent(b::education);
        raw.first(Field.PARTY).ifPresent(b::partyMembership);
        raw.first(Field.OCCUPATION).ifPresent(b::occupation);
        for (String text : raw.all(Field.RESIDENCE)) {
            Concept place = place(Field.RESIDENCE, text, f);
            b.residenceText(text);
            if (place != null && !resolvedResidence) {
                b.residence(place);
                resolvedResidence = true;
            }
        }
                raw.all(Field.FAMILY).forEach(b::familyMemberText);
        return b;
    }

    private void name(RawRecord raw, Findings f, RecordedPerson.Builder b) {
        Optional<String> full = raw.first(Field.FULL_NAME);
        String surname = raw.first(Field.SURNAME).orElse(null);
        String given = raw.first(Field.GIVEN_NAME).orElse(null);
        String patronymic = raw.first(Field.PATRONYMIC).orElse(null);
        Parsed<PersonName> parsed = null;
        if (full.isPresent()) {
            parsed = n.names().parse(full.get());
            b.nameAsWritten(full.get().strip());
        } else if (surname != null || given != null || patronymic != null) {
            parsed = n.names().parseParts(surname, given, patronymic);
            b.nameAsWritten(String.join(" ", nonNull(surname, given, patronymic)));
        }
        if (parsed != null) {
            PersonName name = f.take(full.isPresent() ? Field.FULL_NAME : Field.SURNAME, parsed);
            if (name != null) {
                b.label(name.label()).surname(name.surname()).givenName(name.givenName()).patronymic(name.patronymic());
                name.variants().forEach(b::nameVariant);
            }
        }
        for (String variants : raw.all(Field.NAME_VARIANTS)) {
            List<String> parsedVariants = n.names().parseVariants(variants);
            if (parsedVariants.isEmpty()) {
                f.unparsed(Field.NAME_VARIANTS, variants);
            }
            parsedVariants.forEach(b::nameVariant);
        }
    }

    private static List<String> nonNull(String... parts) {
        List<String> out = new ArrayList<>(parts.length); // a loop, not a stream: called for every record
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /** The gazetteer's place for a text, or null; the text is kept by the caller either way. */
    Concept place(Field field, String text, Findings f) {
        PlaceName p = f.take(field, n.places().parse(text));
        return p == null || p.place() == null ? null : concept(Vocab.PLACE, p.place(), field, text, f);
    }

    boolean isKnown(Concept c) {
        return known.contains(c);
    }

    /** A concept the vocabularies define, or null with the text noted as unparsed. */
    Concept concept(String scheme, String local, Field field, String text, Findings f) {
        Concept c;
        try {
            c = Concept.of(scheme, local);
        } catch (IllegalArgumentException badName) {
            f.unparsed(field, text);
            return null;
        }
        if (!known.contains(c)) {
            f.unparsed(field, text);
            return null;
        }
        return c;
    }
}
