package kz.esimder.convert.record;

import java.util.List;
import java.util.Objects;

/**
 * One source record after interpretation: where it came from, the person, the events in record
 * order, the values nobody understood (kept verbatim) and the problems found in its values. A
 * record with problems is still a record: it converts, and the report names the problems.
 */
public record VictimRecord(SourceLocation source, RecordedPerson person, List<RecordedEvent> events,
                           List<Unparsed> unparsed, List<RecordProblem> problems) {

    public VictimRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(person, "person");
        events = List.copyOf(events);
        unparsed = List.copyOf(unparsed);
        problems = List.copyOf(problems);
    }
}
