package kz.esimder.site.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.esimder.ontology.Esm;
import kz.esimder.ontology.Vocab;
import kz.esimder.site.data.Dates;
import kz.esimder.site.person.PersonPage.EventView;
import kz.esimder.site.person.PersonPage.Link;
import kz.esimder.site.person.PersonPage.Rehabilitation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/** The person's repression events as a timeline: by date (its lower bound), then by order in the record. */
final class EventViews {
    static final String REHABILITATION = Vocab.NS + "event-type/rehabilitation";
    static final String REFUSED = Vocab.NS + "event-type/rehabilitation-refused";

    private final Linker linker;
    /** The person's events in timeline order, found and sorted once for the timeline, the map and the rehabilitation. */
    private final List<Resource> events;

    EventViews(Model m, Linker linker, Resource person) {
        this.linker = linker;
        this.events = m.listSubjectsWithProperty(Esm.person, person).toList().stream()
                .sorted(Comparator.comparing((Resource e) -> sortDate(e)).thenComparing(e -> sequence(e))
                        .thenComparing(Resource::getURI))
                .toList();
    }

    /** The timeline: one entry per event, the same event from several merged sources once ({@link SameEvents}). */
    List<EventView> timeline() {
        return SameEvents.group(events).stream()
                .map(group -> SameEvents.merge(group.stream().map(this::view).toList())).toList();
    }

    List<Resource> events() {
        return events;
    }

    Rehabilitation rehabilitation() {
        for (Resource e : events) {
            String type = uri(e.getPropertyResourceValue(Esm.eventType));
            if (REHABILITATION.equals(type)) {
                return new Rehabilitation("rehabilitated", Dates.display(object(e, Esm.date)),
                        links(e, Esm.organ, Esm.organText), text(e, Esm.legalBasisText));
            }
            if (REFUSED.equals(type)) {
                return new Rehabilitation("refused", Dates.display(object(e, Esm.date)),
                        links(e, Esm.organ, Esm.organText), text(e, Esm.legalBasisText));
            }
        }
        return new Rehabilitation("unknown", null, List.of(), null);
    }

    private EventView view(Resource e) {
        Resource type = e.getPropertyResourceValue(Esm.eventType);
        List<Link> places = new ArrayList<>();
        List<String> placeTexts = new ArrayList<>();
        for (Property p : List.of(Esm.place, Esm.camp, Esm.destination, Esm.organRegion)) {
            e.listProperties(p).forEach(s -> places.add(linker.link(s.getObject())));
        }
        for (Property p : List.of(Esm.placeText, Esm.campText, Esm.destinationText, Esm.organRegionText)) {
            e.listProperties(p).forEach(s -> placeTexts.add(s.getString()));
        }
        Resource record = e.getPropertyResourceValue(PersonPageBuilder.DERIVED_FROM);
        return new EventView(e.getURI(), type == null ? null : linker.label(type),
                type == null ? "other" : type.getLocalName(), Dates.display(object(e, Esm.date)),
                text(e, Esm.dateText), links(e, Esm.organ, Esm.organText),
                linker.label(object(e, Esm.organKind)), all(e, Esm.charge), text(e, Esm.chargeText),
                sentence(e), places, placeTexts, links(e, Esm.legalBasis, Esm.legalBasisText),
                record == null ? List.of() : List.of(source(record)), false);
    }

    /** The record an event comes from, named by its source's title when the neighbourhood has it. */
    private Link source(Resource record) {
        Link link = linker.link(record);
        Resource src = record.getPropertyResourceValue(Esm.inSource);
        String title = src == null ? null : text(src, org.apache.jena.vocabulary.DCTerms.title);
        return title == null ? link : new Link(title, link.href());
    }

    private String sentence(Resource e) {
        List<String> parts = new ArrayList<>();
        String kind = linker.label(object(e, Esm.sentenceKind));
        if (kind != null) {
            parts.add(kind);
        }
        String text = text(e, Esm.sentenceText);
        if (text != null) {
            parts.add("«" + text + "»");
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** The linked concepts of a property, or else the text as written. */
    private List<Link> links(Resource e, Property linked, Property written) {
        List<Link> links = all(e, linked);
        if (links.isEmpty() && e.hasProperty(written)) {
            links = List.of(new Link(text(e, written), null));
        }
        return links;
    }

    private List<Link> all(Resource e, Property p) {
        return e.listProperties(p).toList().stream().map(s -> linker.link(s.getObject()))
                .sorted(Comparator.comparing(Link::text)).toList();
    }

    private static RDFNode object(Resource e, Property p) {
        Statement s = e.getProperty(p);
        return s == null ? null : s.getObject();
    }

    private static String text(Resource e, Property p) {
        RDFNode o = object(e, p);
        return o != null && o.isLiteral() ? o.asLiteral().getLexicalForm() : null;
    }

    private static String uri(Resource r) {
        return r == null ? null : r.getURI();
    }

    private static String sortDate(Resource e) {
        String begin = text(e, Esm.dateBegin);
        return begin != null ? begin : "9999";
    }

    private static int sequence(Resource e) {
        Statement s = e.getProperty(Esm.sequence);
        return s == null ? Integer.MAX_VALUE : s.getInt();
    }
}
