package kz.esimder.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.esimder.ontology.SameEventRule.Event;
import org.junit.jupiter.api.Test;

class SameEventRuleTest {
    private static final String ARREST = "https://w3id.org/esimder/vocab/event-type/arrest";
    private static final String SENTENCE = "https://w3id.org/esimder/vocab/event-type/sentence";

    private static Event event(String iri, String type, String record, String begin, String end, Integer sequence) {
        return new Event("http://localhost:8080/id/event/" + iri, type, record, begin, end, sequence);
    }

    @Test
    void oneArrestStatedByTwoRecordsAtDifferentPrecisionsIsOneEvent() {
        Event day = event("a-1-1", ARREST, "rec-a", "1937-08-15", "1937-08-15", 1);
        Event year = event("b-7-1", ARREST, "rec-b", "1937-01-01", "1937-12-31", 1);
        assertThat(SameEventRule.same(day, year)).isTrue();
        assertThat(SameEventRule.same(year, day)).isTrue();
    }

    @Test
    void differentTypesRecordsOrDatesKeepEventsApart() {
        Event arrest = event("a-1-1", ARREST, "rec-a", "1937-08-15", null, 1);
        assertThat(SameEventRule.same(arrest, event("b-7-2", SENTENCE, "rec-b", "1937-08-15", null, 2))).as("type").isFalse();
        assertThat(SameEventRule.same(arrest, event("a-1-3", ARREST, "rec-a", "1937-08-15", null, 3))).as("one record states two arrests").isFalse();
        assertThat(SameEventRule.same(arrest, event("b-7-1", ARREST, "rec-b", "1938-01-01", "1938-12-31", 1))).as("dates apart").isFalse();
        assertThat(SameEventRule.same(arrest, event("b-7-1", ARREST, "rec-b", null, null, 1))).as("one undated").isFalse();
        assertThat(SameEventRule.same(event("x-1", ARREST, "rec-a", null, null, 1), event("y-1", ARREST, "rec-b", null, null, 1)))
                .as("both undated").isTrue();
        assertThat(SameEventRule.same(event("x-1", ARREST, null, null, null, 1), event("y-1", ARREST, "rec-b", null, null, 1)))
                .as("no record").isFalse();
    }

    @Test
    void groupsInTimelineOrderEachEventJoiningTheFirstGroupItMatchesWhole() {
        Event a1 = event("a-1-1", ARREST, "rec-a", "1937-08-15", "1937-08-15", 1);
        Event a2 = event("a-1-2", SENTENCE, "rec-a", "1937-11-02", "1937-11-02", 2);
        Event b1 = event("b-7-1", ARREST, "rec-b", "1937-01-01", "1937-12-31", 1);
        // a third record's arrest of 1937-03: the same as b's (the whole year) but not as a's (August)
        Event c1 = event("c-3-1", ARREST, "rec-c", "1937-03-10", "1937-03-10", 1);
        List<List<Event>> groups = SameEventRule.group(List.of(a2, a1, c1, b1), e -> e);
        // timeline: b1 (1937-01-01), c1 (03-10), a1 (08-15), a2 (11-02)
        assertThat(groups).containsExactly(List.of(b1, c1), List.of(a1), List.of(a2));
    }
}
