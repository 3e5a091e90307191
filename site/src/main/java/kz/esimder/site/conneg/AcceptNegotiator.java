package kz.esimder.site.conneg;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Picks the representation of a resource for an {@code Accept} header (RFC 9110 section 12.5.1):
 * each offer takes the q-value of the most specific media range that matches it; the highest q
 * wins, ties go to the earlier offer (HTML first, so browsers and {@code * / *} get pages). No or
 * blank Accept means HTML; an unparseable Accept is treated as absent; empty result means 406.
 */
public final class AcceptNegotiator {
    /** HTML or an RDF format; {@code format} is null for HTML. */
    public record Choice(RdfFormat format) {
        public boolean html() {
            return format == null;
        }
    }

    private record Offer(MediaType type, RdfFormat format) {}

    private static final List<Offer> OFFERS = List.of(
            new Offer(MediaType.TEXT_HTML, null),
            new Offer(MediaType.parseMediaType("text/turtle"), RdfFormat.TURTLE),
            new Offer(MediaType.parseMediaType("application/x-turtle"), RdfFormat.TURTLE),
            new Offer(MediaType.parseMediaType("application/ld+json"), RdfFormat.JSONLD),
            new Offer(MediaType.parseMediaType("application/rdf+xml"), RdfFormat.RDFXML),
            new Offer(MediaType.parseMediaType("application/n-triples"), RdfFormat.NTRIPLES));

    private AcceptNegotiator() {}

    public static Optional<Choice> choose(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(new Choice(null));
        }
        List<MediaType> ranges;
        try {
            ranges = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return Optional.of(new Choice(null));
        }
        Offer best = null;
        double bestQ = 0;
        for (Offer offer : OFFERS) {
            double q = quality(offer.type(), ranges);
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Choice(best.format()));
    }

    private static double quality(MediaType offer, List<MediaType> ranges) {
        MediaType match = null;
        for (MediaType range : ranges) {
            if (range.includes(offer) && (match == null || specificity(range) > specificity(match))) {
                match = range;
            }
        }
        return match == null ? 0 : match.getQualityValue();
    }

    private static int specificity(MediaType range) {
        if (range.isWildcardType()) {
            return 0;
        }
        return range.isWildcardSubtype() ? 1 : 2;
    }

    /** All media types offered, for the 406 message. */
    public static List<String> offered() {
        List<String> all = new ArrayList<>();
        OFFERS.forEach(o -> all.add(o.type().toString()));
        return all;
    }
}
