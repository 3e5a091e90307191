package kz.esimder.site.person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import kz.esimder.ontology.Esm;
import kz.esimder.ontology.SameEventRule;
import kz.esimder.site.person.PersonPage.EventView;
import kz.esimder.site.person.PersonPage.Link;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * One timeline entry per event, however many sources state it: when deduplication merged records of
 * several lists into one person, each list's arrest (say) is its own event IRI. Which events are the
 * same is {@link SameEventRule}'s to say (the same type, compatible dates, different records), the
 * rule deduplication records as {@code esm:sameEventAs} for the statistics; an entry lists every
 * source, and values the sources give differently stand side by side.
 */
final class SameEvents {
    private SameEvents() {}

    /** The events (in timeline order) grouped: each group one event as several sources state it. */
    static List<List<Resource>> group(List<Resource> events) {
        return SameEventRule.group(events, SameEvents::asEvent);
    }

    static boolean same(Resource a, Resource b) {
        return SameEventRule.same(asEvent(a), asEvent(b));
    }

    /** The event as the shared rule sees it (deduplication links the same groups: {@code esm:sameEventAs}). */
    private static SameEventRule.Event asEvent(Resource e) {
        Resource type = e.getPropertyResourceValue(Esm.eventType);
        Resource record = e.getPropertyResourceValue(PersonPageBuilder.DERIVED_FROM);
        Statement sequence = e.getProperty(Esm.sequence);
        return new SameEventRule.Event(e.getURI(), type == null ? null : type.getURI(), record == null ? null : record.getURI(),
                text(e, Esm.dateBegin), text(e, Esm.dateEnd),
                sequence == null || !sequence.getObject().isLiteral() ? null : sequence.getInt());
    }

    private static String text(Resource e, org.apache.jena.rdf.model.Property p) {
        Statement s = e.getProperty(p);
        return s == null || !s.getObject().isLiteral() ? null : s.getLiteral().getLexicalForm();
    }

    /** One entry for the views of one event from several sources. */
    static EventView merge(List<EventView> views) {
        if (views.size() == 1) {
            return views.get(0);
        }
        EventView first = views.get(0);
        boolean[] conflict = {false};
        Function<Function<EventView, String>, String> side = field -> {
            Map<String, String> byText = new LinkedHashMap<>();
            views.stream().map(field).filter(Objects::nonNull).forEach(v -> byText.putIfAbsent(PersonPageBuilder.comparable(v), v));
            conflict[0] |= byText.size() > 1;
            return byText.isEmpty() ? null : String.join(" / ", byText.values());
        };
        String date = side.apply(EventView::date);
        String dateText = side.apply(EventView::dateText);
        String organKind = side.apply(EventView::organKind);
        String chargeText = side.apply(EventView::chargeText);
        String sentence = side.apply(EventView::sentence);
        List<Link> sources = new ArrayList<>();
        views.forEach(v -> v.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add));
        return new EventView(first.iri(), first.typeLabel(), first.typeKey(), date, dateText,
                links(views, EventView::organ), organKind, links(views, EventView::charges), chargeText, sentence,
                links(views, EventView::places), texts(views), links(views, EventView::legalBasis), sources, conflict[0]);
    }

    private static List<Link> links(List<EventView> views, Function<EventView, List<Link>> field) {
        Map<String, Link> byText = new LinkedHashMap<>();
        views.forEach(v -> field.apply(v).forEach(l -> byText.putIfAbsent(PersonPageBuilder.comparable(l.text()) + " " + l.href(), l)));
        return List.copyOf(byText.values());
    }

    private static List<String> texts(List<EventView> views) {
        Map<String, String> byText = new LinkedHashMap<>();
        views.forEach(v -> v.placeTexts().forEach(t -> byText.putIfAbsent(PersonPageBuilder.comparable(t), t)));
        return List.copyOf(byText.values());
    }
}
