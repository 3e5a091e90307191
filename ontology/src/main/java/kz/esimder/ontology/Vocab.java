package kz.esimder.ontology;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * IRIs of the SKOS vocabularies: {@code https://w3id.org/esimder/vocab/{scheme}/{concept}}.
 * Concept local names are ASCII ({@code 58-1a}); the code people know is the concept's notation.
 */
public final class Vocab {
    public static final String NS = "https://w3id.org/esimder/vocab/";

    public static final String EVENT_TYPE = "event-type";
    public static final String ORGAN_KIND = "organ-kind";
    public static final String ORGAN = "organ";
    public static final String CHARGE = "charge";
    public static final String SENTENCE_KIND = "sentence-kind";
    public static final String NORMATIVE_ACT = "normative-act";
    public static final String REHABILITATION_BASIS = "rehabilitation-basis";
    public static final String CAMP = "camp";
    public static final String DEPORTED_PEOPLE = "deported-people";
    public static final String NATIONALITY = "nationality";
    public static final String ARCHIVE = "archive";
    public static final String PLACE = "place";
    public static final String PRECISION = "precision";
    public static final String GENDER = "gender";

    /** Every scheme, one Turtle file each ({@code vocab/{scheme}.ttl}). */
    public static final List<String> SCHEMES = List.of(EVENT_TYPE, ORGAN_KIND, ORGAN, CHARGE, SENTENCE_KIND,
            NORMATIVE_ACT, REHABILITATION_BASIS, CAMP, DEPORTED_PEOPLE, NATIONALITY, ARCHIVE, PLACE, PRECISION, GENDER);

    private static final Pattern LOCAL_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private Vocab() {}

    /** The scheme resource, e.g. {@code vocab/organ-kind}. */
    public static Resource scheme(String scheme) {
        return ResourceFactory.createResource(NS + checked(scheme, "scheme"));
    }

    /** A concept, e.g. {@code concept("organ-kind", "troika")}. */
    public static Resource concept(String scheme, String localName) {
        return ResourceFactory.createResource(NS + checked(scheme, "scheme") + "/" + checked(localName, "concept"));
    }

    private static String checked(String name, String what) {
        Objects.requireNonNull(name, what);
        if (!LOCAL_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a valid vocabulary " + what + " name: '" + name + "'");
        }
        return name;
    }
}
