package kz.esimder.ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * When two events of one (merged) person are the same event stated by several sources: the same
 * {@code esm:eventType}, from different source records ({@code prov:wasDerivedFrom}), and compatible
 * dates (their {@code esm:dateBegin}…{@code esm:dateEnd} intervals overlap, or neither has a date).
 * The person page shows each group as one timeline entry; deduplication records each group in its
 * linkset with {@code esm:sameEventAs}, and the statistics count each group once. Both use this one
 * class, so the page and the counts cannot disagree.
 */
public final class SameEventRule {
    private SameEventRule() {}

    /**
     * One event as the rule sees it.
     *
     * @param iri      the event's IRI
     * @param type     its {@code esm:eventType} IRI, or null
     * @param record   the record it is derived from, or null
     * @param begin    {@code esm:dateBegin} (an ISO date), or null
     * @param end      {@code esm:dateEnd}, or null (then the interval is the begin day)
     * @param sequence {@code esm:sequence}, or null
     */
    public record Event(String iri, String type, String record, String begin, String end, Integer sequence) {}

    /** The timeline order: by the date's lower bound (undated last), then the order in the record, then the IRI. */
    public static final Comparator<Event> TIMELINE = Comparator
            .comparing((Event e) -> e.begin() != null ? e.begin() : "9999")
            .thenComparing(e -> e.sequence() != null ? e.sequence() : Integer.MAX_VALUE)
            .thenComparing(Event::iri);

    public static boolean same(Event a, Event b) {
        return a.type() != null && a.type().equals(b.type())
                && a.record() != null && b.record() != null && !a.record().equals(b.record())
                && datesOverlap(a, b);
    }

    private static boolean datesOverlap(Event a, Event b) {
        if (a.begin() == null || b.begin() == null) {
            return a.begin() == null && b.begin() == null;
        }
        String ae = a.end() == null ? a.begin() : a.end();
        String be = b.end() == null ? b.begin() : b.end();
        return a.begin().compareTo(be) <= 0 && b.begin().compareTo(ae) <= 0; // ISO dates compare as text
    }

    /**
     * The events grouped, taken in timeline order: each joins the first group all of whose members
     * it is the same as. The groups come in the order of their first member, which is the event a
     * group is counted and shown as.
     *
     * @param events the events of one person (all its merged records)
     * @param view   how to see one as an {@link Event}
     */
    public static <T> List<List<T>> group(List<T> events, Function<T, Event> view) {
        List<T> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(view, TIMELINE));
        List<List<T>> groups = new ArrayList<>();
        List<List<Event>> seen = new ArrayList<>();
        for (T e : ordered) {
            Event ev = view.apply(e);
            int found = -1;
            for (int g = 0; g < seen.size() && found < 0; g++) {
                if (seen.get(g).stream().allMatch(other -> same(ev, other))) found = g;
            }
            if (found < 0) {
                groups.add(new ArrayList<>(List.of(e)));
                seen.add(new ArrayList<>(List.of(ev)));
            } else {
                groups.get(found).add(e);
                seen.get(found).add(ev);
            }
        }
        return groups;
    }
}
