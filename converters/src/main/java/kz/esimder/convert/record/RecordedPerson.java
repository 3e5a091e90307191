package kz.esimder.convert.record;

import java.util.ArrayList;
import java.util.List;
import kz.esimder.convert.normalise.FuzzyDate;

/**
 * The person a record is about, as the normalisers understood it. Every typed value comes with
 * the text it was read from; a value with no text is never made up. Absent values are null.
 */
public record RecordedPerson(
        String nameAsWritten, String label, String surname, String givenName, String patronymic,
        List<String> nameVariants, Concept gender,
        FuzzyDate birthDate, String birthDateText, Concept birthPlace, String birthPlaceText,
        Concept nationality, String nationalityText,
        String education, String partyMembership, String occupation,
        Concept residence, String residenceText, String burialPlaceText, List<String> familyMemberTexts) {

    public RecordedPerson {
        nameVariants = List.copyOf(nameVariants);
        familyMemberTexts = List.copyOf(familyMemberTexts);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the person's values field by field; {@link #build()} checks that they fit together. */
    public static final class Builder {
        private String nameAsWritten;
        private String label;
        private String surname;
        private String givenName;
        private String patronymic;
        private final List<String> nameVariants = new ArrayList<>();
        private Concept gender;
        private FuzzyDate birthDate;
        private String birthDateText;
        private Concept birthPlace;
        private String birthPlaceText;
        private Concept nationality;
        private String nationalityText;
        private String education;
        private String partyMembership;
        private String occupation;
        private Concept residence;
        private String residenceText;
        private String burialPlaceText;
        private final List<String> familyMemberTexts = new ArrayList<>();

        private Builder() {}

        public Builder nameAsWritten(String v) { nameAsWritten = v; return this; }
        public Builder label(String v) { label = v; return this; }
        public Builder surname(String v) { surname = v; return this; }
        public Builder givenName(String v) { givenName = v; return this; }
        public Builder patronymic(String v) { patronymic = v; return this; }
        public Builder nameVariant(String v) { if (!nameVariants.contains(v)) nameVariants.add(v); return this; }
        public Builder gender(Concept v) { gender = v; return this; }
        public Builder birthDate(FuzzyDate v) { birthDate = v; return this; }
        public Builder birthDateText(String v) { birthDateText = v; return this; }
        public Builder birthPlace(Concept v) { birthPlace = v; return this; }
        public Builder birthPlaceText(String v) { birthPlaceText = v; return this; }
        public Builder nationality(Concept v) { nationality = v; return this; }
        public Builder nationalityText(String v) { nationalityText = v; return this; }
        public Builder education(String v) { education = v; return this; }
        public Builder partyMembership(String v) { partyMembership = v; return this; }
        public Builder occupation(String v) { occupation = v; return this; }
        public Builder residence(Concept v) { residence = v; return this; }
        public Builder residenceText(String v) { residenceText = v; return this; }
        public Builder burialPlaceText(String v) { burialPlaceText = v; return this; }
        public Builder familyMemberText(String v) { familyMemberTexts.add(v); return this; }

        public RecordedPerson build() {
            requireText(birthDate, birthDateText, "birthDate");
            requireText(birthPlace, birthPlaceText, "birthPlace");
            requireText(nationality, nationalityText, "nationality");
            requireText(residence, residenceText, "residence");
            if (label != null && nameAsWritten == null) {
                throw new IllegalStateException("a label «" + label + "» without the name as written");
            }
            return new RecordedPerson(nameAsWritten, label, surname, givenName, patronymic, nameVariants, gender,
                    birthDate, birthDateText, birthPlace, birthPlaceText, nationality, nationalityText,
                    education, partyMembership, occupation, residence, residenceText, burialPlaceText,
                    familyMemberTexts);
        }

        static void requireText(Object value, String text, String what) {
            if (value != null && (text == null || text.isBlank())) {
                throw new IllegalStateException(what + " " + value + " has no text as written");
            }
        }
    }
}
