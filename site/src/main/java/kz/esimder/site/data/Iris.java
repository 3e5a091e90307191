package kz.esimder.site.data;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.esimder.ontology.Esm;
import kz.esimder.ontology.Vocab;
import org.springframework.stereotype.Component;

/**
 * Maps between the IRIs in the data and the site's paths. Data IRIs are {@code {base}id/{type}/{key}};
 * vocabulary IRIs {@code https://w3id.org/esimder/vocab/{scheme}/{concept}} are served at
 * {@code /vocab/{scheme}/{concept}}, the ontology at {@code /ontology}.
 */
@Component
public class Iris {
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    /** The types of data IRIs, {@code {base}id/{type}/{key}}. */
    private static final java.util.Set<String> DATA_TYPES = java.util.Set.of("person", "event", "record", "source");

    private final String base;

    public Iris(SiteSettings settings) {
        this.base = settings.base();
    }

    public String base() {
        return base;
    }

    public String data(String type, String key) {
        return base + "id/" + type + "/" + key;
    }

    /** The deduplication linkset: {@code retired owl:sameAs survivor}, matches and possible matches (docs/linking.md). */
    public String dedupGraph() {
        return base + "graph/linkset/dedup";
    }

    /** Where editors' decisions on possible matches live (outside the linksets, which every run replaces). */
    public String reviewGraph() {
        return base + "graph/review";
    }

    public String graphOfSource(String sourceKey) {
        return base + "graph/" + sourceKey;
    }

    /** The resource a site path names, or empty when the path names nothing we serve. */
    public Optional<ResourceRef> parse(String iri) {
        if (iri.startsWith(base + "id/")) {
            String[] parts = iri.substring(base.length() + 3).split("/", 2);
            if (parts.length == 2 && DATA_TYPES.contains(parts[0]) && !parts[1].isEmpty()) {
                return Optional.of(ResourceRef.data(parts[0], parts[1], iri));
            }
        } else if (iri.startsWith(Vocab.NS)) {
            String[] parts = iri.substring(Vocab.NS.length()).split("/", 2);
            if (isName(parts[0]) && (parts.length == 1 || isName(parts[1]))) {
                return Optional.of(ResourceRef.vocab(parts[0], parts.length == 2 ? parts[1] : null, iri));
            }
        } else if (iri.startsWith(Esm.NS)) {
            return Optional.of(ResourceRef.ontology(iri));
        }
        return Optional.empty();
    }

    /** The HTML page of an IRI on this site, or null when it is not ours (an external link). */
    public String pageOf(String iri) {
        return parse(iri).map(ResourceRef::pagePath).orElse(null);
    }

    /** Whether {@code type} is a type of data IRI (person, event, record, source). */
    public static boolean isDataType(String type) {
        return DATA_TYPES.contains(type);
    }

    /** {@link #NAME} matches {@code s}, checked without the pattern: {@link #parse} runs for every link of every page. */
    static boolean isName(String s) {
        if (s.isEmpty() || s.length() > 100 || s.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** A path segment, percent-encoded (Cyrillic keys in links stay valid ASCII URLs). */
    public static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
