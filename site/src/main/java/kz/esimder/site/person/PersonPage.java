package kz.esimder.site.person;

import java.util.List;
import kz.esimder.site.system.Linkable;

/** Everything a person page shows, already labelled in the page's language. */
public record PersonPage(String iri, String name, boolean nameRecorded, List<Fact> facts, Link factSource,
                         List<EventView> events,
                  Rehabilitation rehabilitation, List<RecordView> records, List<Link> mergedSources,
                  List<LinkOut> linksOut, List<PossibleMatch> possibleMatches, String jsonLd, String mapJson) {

    /** A link out of the dataset: from which linkset, by which predicate (message key), to where. */
    public record LinkOut(String linkset, String predicateKey, String href) {}

    /** «Possibly the same person as …»: the other person, the matcher's score (0-1) and its explanation. */
    public record PossibleMatch(Link other, String score, String explanation) {}

    /** A link: text, and an href (a site path or an external URL). */
    public record Link(String text, String href) implements Linkable {}

    /** One property of the person; {@code conflict} when its sources give different values for a single-valued fact. */
    public record Fact(String messageKey, List<FactValue> values, boolean conflict) {}

    /** A value and the sources that state it. */
    public record FactValue(String text, String href, List<Link> sources) implements Linkable {}

    /**
     * One timeline entry: an event, or the same event as several merged sources state it ({@code sources}
     * lists each record; values they give differently are joined side by side and {@code conflict} is set).
     */
    public record EventView(String iri, String typeLabel, String typeKey, String date, String dateText,
                     List<Link> organ, String organKind, List<Link> charges, String chargeText, String sentence,
                     List<Link> places, List<String> placeTexts, List<Link> legalBasis, List<Link> sources,
                     boolean conflict) {}

    /** Rehabilitated (with date and organ), refused, or nothing recorded. */
    public record Rehabilitation(String status, String date, List<Link> by, String basis) {}

    public record RecordView(String iri, String path, Link source, String archiveReference, Integer line,
                      String verbatim, List<Link> seeAlso) {}
}
