package kz.esimder.convert.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import kz.esimder.convert.normalise.Charge;
import kz.esimder.convert.normalise.Charges;
import kz.esimder.convert.normalise.FuzzyDate;
import kz.esimder.convert.normalise.Organ;
import kz.esimder.convert.normalise.OutcomeEvent;
import kz.esimder.convert.normalise.Outcomes;
import kz.esimder.convert.normalise.Rehabilitation;
import kz.esimder.convert.normalise.Sentence;
import kz.esimder.convert.read.Field;
import kz.esimder.convert.read.RawRecord;
import kz.esimder.ontology.Vocab;

/**
 * Reads the events of a raw record, in the order of a life: arrest, sentence (with the charges,
 * or the arrest carries them when there is no sentence), what the sentence text says happened next,
 * execution, death, camp movements, release, rehabilitation.
 */
final class EventInterpreter {
    private final Normalisers n;
    private final PersonInterpreter concepts;

    EventInterpreter(Normalisers normalisers, PersonInterpreter concepts) {
        this.n = normalisers;
        this.concepts = concepts;
    }

    /** The events, and the burial place if an outcome text named one. */
    record Result(List<RecordedEvent> events, String burialPlaceText) {}

    Result interpret(RawRecord raw, Findings f) {
        List<RecordedEvent> events = new ArrayList<>();
        List<OutcomeEvent> outcomes = new ArrayList<>();
        String[] burial = new String[1];

        RecordedEvent.Builder arrest = null;
        if (raw.first(Field.ARREST_DATE).isPresent() || raw.first(Field.ARRESTED_BY).isPresent()) {
            arrest = RecordedEvent.builder(EventType.ARREST);
            date(raw, Field.ARREST_DATE, arrest, f);
            organ(raw, Field.ARRESTED_BY, arrest, f);
        }
        RecordedEvent.Builder sentence = null;
        if (raw.first(Field.SENTENCED_BY).isPresent() || raw.first(Field.SENTENCE_DATE).isPresent()
                || raw.first(Field.SENTENCE).isPresent() || (arrest == null && raw.first(Field.CHARGES).isPresent())) {
            sentence = RecordedEvent.builder(EventType.SENTENCE);
            date(raw, Field.SENTENCE_DATE, sentence, f);
            organ(raw, Field.SENTENCED_BY, sentence, f);
            sentence(raw, sentence, outcomes, f);
        }
        charges(raw, sentence != null ? sentence : arrest, f);
        if (arrest != null) {
            events.add(arrest.build());
        }
        if (sentence != null) {
            events.add(sentence.build());
        }
        for (String text : raw.all(Field.CAMP_MOVEMENTS)) {
            Outcomes o = f.take(Field.CAMP_MOVEMENTS, n.outcomes().parse(text));
            if (o != null) {
                outcomes.addAll(o.events());
                if (o.burialPlaceText() != null) {
                    burial[0] = o.burialPlaceText();
                }
            }
        }
        outcomes.forEach(o -> outcome(o, f).ifPresent(events::add));
        single(raw, Field.EXECUTION_DATE, EventType.EXECUTION, events, f, b -> { });
        single(raw, Field.DEATH_DATE, EventType.DEATH_IN_CUSTODY, events, f,
                b -> raw.first(Field.DEATH_PLACE).ifPresent(b::placeText));
        if (raw.first(Field.DEATH_DATE).isEmpty() && raw.first(Field.DEATH_PLACE).isPresent()) {
            events.add(RecordedEvent.builder(EventType.DEATH_IN_CUSTODY)
                    .placeText(raw.first(Field.DEATH_PLACE).get()).build());
        }
        single(raw, Field.RELEASE_DATE, EventType.RELEASE, events, f, b -> { });
        for (String text : raw.all(Field.REHABILITATION)) {
            Rehabilitation r = f.take(Field.REHABILITATION, n.rehabilitations().parse(text));
            events.add(rehabilitation(r, text, f).build());
        }
        rehabilitationFromParts(raw, f).ifPresent(events::add);
        return new Result(events, burial[0]);
    }

    /** An event from a date field alone, unless an outcome text already gave the same event and date. */
    private void single(RawRecord raw, Field field, EventType type, List<RecordedEvent> events, Findings f,
                        Consumer<RecordedEvent.Builder> more) {
        Optional<String> text = raw.first(field);
        if (text.isEmpty()) {
            return;
        }
        FuzzyDate d = f.take(field, n.dates().parse(text.get()));
        boolean known = events.stream().anyMatch(e -> e.type() == type && e.date() != null && d != null
                && e.date().isoLexical().equals(d.isoLexical()));
        if (!known) {
            RecordedEvent.Builder b = RecordedEvent.builder(type).dateText(text.get()).date(d);
            more.accept(b);
            events.add(b.build());
        }
    }

    private void date(RawRecord raw, Field field, RecordedEvent.Builder b, Findings f) {
        raw.first(field).ifPresent(text -> b.dateText(text).date(f.take(field, n.dates().parse(text))));
    }

    private void organ(RawRecord raw, Field field, RecordedEvent.Builder b, Findings f) {
        raw.first(field).ifPresent(text -> organ(f.take(field, n.organs().parse(text)), text, field, b, f));
    }

    private void organ(Organ o, String text, Field field, RecordedEvent.Builder b, Findings f) {
        b.organText(text);
        if (o == null) {
            return;
        }
        if (o.organ() != null) {
            b.organ(concepts.concept(Vocab.ORGAN, o.organ(), field, text, f));
        }
        b.organKind(concepts.concept(Vocab.ORGAN_KIND, o.kind(), field, text, f));
        if (o.regionText() != null) {
            b.organRegionText(o.regionText());
        }
        if (o.region() != null) {
            b.organRegion(concepts.concept(Vocab.PLACE, o.region(), field, text, f));
        }
    }

    private void charges(RawRecord raw, RecordedEvent.Builder target, Findings f) {
        List<String> texts = raw.all(Field.CHARGES);
        if (texts.isEmpty() || target == null) {
            return;
        }
        target.chargeText(String.join("; ", texts));
        for (String text : texts) {
            Charges c = f.take(Field.CHARGES, n.charges().parse(text));
            if (c == null) {
                continue;
            }
            for (Charge charge : c.charges()) {
                Concept concept = concepts.concept(Vocab.CHARGE, charge.localName(), Field.CHARGES, charge.notation(), f);
                if (concept != null) {
                    target.charge(concept);
                }
            }
            if (!c.normativeActs().isEmpty()) {
                target.normativeAct(concepts.concept(Vocab.NORMATIVE_ACT, c.normativeActs().get(0), Field.CHARGES, text, f));
            }
        }
    }

    private void sentence(RawRecord raw, RecordedEvent.Builder b, List<OutcomeEvent> outcomes, Findings f) {
        Optional<String> text = raw.first(Field.SENTENCE);
        if (text.isEmpty()) {
            return;
        }
        b.sentenceText(text.get());
        Sentence s = f.take(Field.SENTENCE, n.sentences().parse(text.get()));
        if (s == null) {
            return;
        }
        b.sentenceKind(concepts.concept(Vocab.SENTENCE_KIND, s.kind(), Field.SENTENCE, text.get(), f));
        b.termYears(s.termYears());
        if (s.destinationText() != null) {
            b.destinationText(s.destinationText());
            b.destination(concepts.place(Field.SENTENCE, s.destinationText(), f));
        }
        outcomes.addAll(s.outcomes());
    }

    private Optional<RecordedEvent> outcome(OutcomeEvent o, Findings f) {
        EventType type = EventType.byNotation(o.eventType()).orElse(null);
        if (type == null) {
            f.unparsed(Field.CAMP_MOVEMENTS, o.text());
            return Optional.empty();
        }
        RecordedEvent.Builder b = RecordedEvent.builder(type).dateText(o.dateText()).date(o.dateText() == null ? null : o.date());
        b.placeText(o.placeText());
        if (o.campText() != null) {
            b.campText(o.campText());
            if (o.camp() != null) {
                b.camp(concepts.concept(Vocab.CAMP, o.camp(), Field.CAMP_MOVEMENTS, o.campText(), f));
            }
        }
        return Optional.of(b.build());
    }

    private RecordedEvent.Builder rehabilitation(Rehabilitation r, String text, Findings f) {
        if (r == null) {
            // Nothing understood: the statement is still a rehabilitation, kept verbatim as unparsed.
            return RecordedEvent.builder(EventType.REHABILITATION);
        }
        RecordedEvent.Builder b = RecordedEvent.builder(r.refused() ? EventType.REHABILITATION_REFUSED : EventType.REHABILITATION);
        if (r.date() != null) {
            b.date(r.date()).dateText(r.date().text());
        }
        if (r.organ() != null) {
            organ(r.organ(), r.organ().text(), Field.REHABILITATION, b, f);
        }
        basis(r, b, Field.REHABILITATION, text, f);
        return b;
    }

    private void basis(Rehabilitation r, RecordedEvent.Builder b, Field field, String text, Findings f) {
        if (r.basisText() != null) {
            b.legalBasisText(r.basisText());
        }
        if (r.basis() != null) {
            b.legalBasis(legalBasis(r.basis(), field, text, f));
        }
        if (r.ground() != null) {
            b.legalBasis(concepts.concept(Vocab.REHABILITATION_BASIS, r.ground(), field, text, f));
        }
    }

    /** An act is in the rehabilitation-basis scheme, or else in the normative-act scheme. */
    private Concept legalBasis(String local, Field field, String text, Findings f) {
        Concept inBasis = Concept.of(Vocab.REHABILITATION_BASIS, local);
        if (concepts.isKnown(inBasis)) {
            return inBasis;
        }
        return concepts.concept(Vocab.NORMATIVE_ACT, local, field, text, f);
    }

    /** A rehabilitation given in separate columns: date, organ, basis. */
    private Optional<RecordedEvent> rehabilitationFromParts(RawRecord raw, Findings f) {
        Optional<String> date = raw.first(Field.REHABILITATION_DATE);
        Optional<String> by = raw.first(Field.REHABILITATED_BY);
        Optional<String> basis = raw.first(Field.REHABILITATION_BASIS);
        if (date.isEmpty() && by.isEmpty() && basis.isEmpty()) {
            return Optional.empty();
        }
        RecordedEvent.Builder b = RecordedEvent.builder(EventType.REHABILITATION);
        date(raw, Field.REHABILITATION_DATE, b, f);
        organ(raw, Field.REHABILITATED_BY, b, f);
        if (basis.isPresent()) {
            b.legalBasisText(basis.get());
            Rehabilitation r = n.rehabilitations().parse(basis.get()).value().orElse(null);
            if (r != null && (r.basis() != null || r.ground() != null)) {
                if (r.basis() != null) {
                    b.legalBasis(legalBasis(r.basis(), Field.REHABILITATION_BASIS, basis.get(), f));
                }
                if (r.ground() != null) {
                    b.legalBasis(concepts.concept(Vocab.REHABILITATION_BASIS, r.ground(), Field.REHABILITATION_BASIS, basis.get(), f));
                }
            } else {
                f.unparsed(Field.REHABILITATION_BASIS, basis.get());
            }
        }
        return Optional.of(b.build());
    }
}
