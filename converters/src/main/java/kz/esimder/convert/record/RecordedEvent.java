package kz.esimder.convert.record;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.esimder.convert.normalise.FuzzyDate;

/**
 * One repression or rehabilitation event of a record: its type, and what the record says about it
 * (date, place, organ, charges, sentence, camp, legal bases), each typed value beside its text.
 * Absent values are null; lists are empty.
 */
public record RecordedEvent(
        EventType type, FuzzyDate date, String dateText, Concept place, String placeText,
        Concept organ, Concept organKind, Concept organRegion, String organRegionText, String organText,
        List<Concept> charges, String chargeText,
        Concept sentenceKind, BigDecimal termYears, String sentenceText,
        Concept destination, String destinationText, Concept camp, String campText,
        List<Concept> legalBases, String legalBasisText, Concept normativeAct) {

    private static final BigDecimal MAX_TERM = BigDecimal.valueOf(25);

    public RecordedEvent {
        Objects.requireNonNull(type, "type");
        charges = List.copyOf(charges);
        legalBases = List.copyOf(legalBases);
    }

    public static Builder builder(EventType type) {
        return new Builder(type);
    }

    /** Collects an event's values; {@link #build()} checks that they fit together. */
    public static final class Builder {
        private final EventType type;
        private FuzzyDate date;
        private String dateText;
        private Concept place;
        private String placeText;
        private Concept organ;
        private Concept organKind;
        private Concept organRegion;
        private String organRegionText;
        private String organText;
        private final List<Concept> charges = new ArrayList<>();
        private String chargeText;
        private Concept sentenceKind;
        private BigDecimal termYears;
        private String sentenceText;
        private Concept destination;
        private String destinationText;
        private Concept camp;
        private String campText;
        private final List<Concept> legalBases = new ArrayList<>();
        private String legalBasisText;
        private Concept normativeAct;

        private Builder(EventType type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        public Builder date(FuzzyDate v) { date = v; return this; }
        public Builder dateText(String v) { dateText = v; return this; }
        public Builder place(Concept v) { place = v; return this; }
        public Builder placeText(String v) { placeText = v; return this; }
        public Builder organ(Concept v) { organ = v; return this; }
        public Builder organKind(Concept v) { organKind = v; return this; }
        public Builder organRegion(Concept v) { organRegion = v; return this; }
        public Builder organRegionText(String v) { organRegionText = v; return this; }
        public Builder organText(String v) { organText = v; return this; }
        public Builder charge(Concept v) { if (!charges.contains(v)) charges.add(v); return this; }
        public Builder chargeText(String v) { chargeText = v; return this; }
        public Builder sentenceKind(Concept v) { sentenceKind = v; return this; }
        public Builder termYears(BigDecimal v) { termYears = v; return this; }
        public Builder sentenceText(String v) { sentenceText = v; return this; }
        public Builder destination(Concept v) { destination = v; return this; }
        public Builder destinationText(String v) { destinationText = v; return this; }
        public Builder camp(Concept v) { camp = v; return this; }
        public Builder campText(String v) { campText = v; return this; }
        /** An act or a ground the decision rests on; there may be both. */
        public Builder legalBasis(Concept v) { if (v != null && !legalBases.contains(v)) legalBases.add(v); return this; }
        public Builder legalBasisText(String v) { legalBasisText = v; return this; }
        public Builder normativeAct(Concept v) { normativeAct = v; return this; }

        public EventType type() { return type; }

        public RecordedEvent build() {
            RecordedPerson.Builder.requireText(date, dateText, "date");
            RecordedPerson.Builder.requireText(place, placeText, "place");
            RecordedPerson.Builder.requireText(organ, organText, "organ");
            RecordedPerson.Builder.requireText(organKind, organText, "organKind");
            RecordedPerson.Builder.requireText(destination, destinationText, "destination");
            RecordedPerson.Builder.requireText(camp, campText, "camp");
            if (termYears != null && (termYears.signum() < 0 || termYears.compareTo(MAX_TERM) > 0)) {
                throw new IllegalStateException("termYears " + termYears + " is outside 0-25");
            }
            return new RecordedEvent(type, date, dateText, place, placeText, organ, organKind, organRegion,
                    organRegionText, organText, charges, chargeText, sentenceKind, termYears, sentenceText,
                    destination, destinationText, camp, campText, legalBases, legalBasisText, normativeAct);
        }
    }
}
