package kz.esimder.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the Esimder ontology ({@code esm:}) as Jena constants, in the style of Jena's own
 * vocabulary classes ({@code RDFS}, {@code SKOS}). {@code docs/model.md} says what each one means;
 * {@code EsmTermsTest} checks that every constant here is declared in {@code esimder.ttl}.
 */
public final class Esm {
    public static final String NS = "https://w3id.org/esimder/ontology#";
    public static final String PREFIX = "esm";

    private Esm() {}

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS, local); }

    // Classes
    public static final Resource Person = resource("Person");
    public static final Resource RepressionEvent = resource("RepressionEvent");
    public static final Resource RepressiveBody = resource("RepressiveBody");
    public static final Resource Place = resource("Place");
    public static final Resource Camp = resource("Camp");
    public static final Resource NormativeAct = resource("NormativeAct");
    public static final Resource SourceRecord = resource("SourceRecord");
    public static final Resource Source = resource("Source");

    // Datatypes
    /** xsd:date, xsd:gYearMonth or xsd:gYear: a date at the precision the source gives. */
    public static final Resource DateAtPrecision = resource("DateAtPrecision");
    /** xsd:gYear or xsd:date: a validity bound of a concept. */
    public static final Resource YearOrDate = resource("YearOrDate");

    // Properties
    public static final Property nameAsWritten = property("nameAsWritten");
    public static final Property surname = property("surname");
    public static final Property givenName = property("givenName");
    public static final Property patronymic = property("patronymic");
    public static final Property nameVariant = property("nameVariant");
    public static final Property transliteration = property("transliteration");
    public static final Property nameKey = property("nameKey");
    public static final Property gender = property("gender");
    public static final Property birthDate = property("birthDate");
    public static final Property birthYear = property("birthYear");
    public static final Property birthDateText = property("birthDateText");
    public static final Property birthPlace = property("birthPlace");
    public static final Property birthPlaceText = property("birthPlaceText");
    public static final Property deathDate = property("deathDate");
    public static final Property deathPlace = property("deathPlace");
    public static final Property nationality = property("nationality");
    public static final Property nationalityText = property("nationalityText");
    public static final Property education = property("education");
    public static final Property partyMembership = property("partyMembership");
    public static final Property occupation = property("occupation");
    public static final Property residence = property("residence");
    public static final Property residenceText = property("residenceText");
    public static final Property burialPlaceText = property("burialPlaceText");
    public static final Property familyMemberText = property("familyMemberText");
    public static final Property familyMemberOf = property("familyMemberOf");
    public static final Property person = property("person");
    public static final Property eventType = property("eventType");
    public static final Property sequence = property("sequence");
    public static final Property date = property("date");
    public static final Property datePrecision = property("datePrecision");
    public static final Property dateBegin = property("dateBegin");
    public static final Property dateEnd = property("dateEnd");
    public static final Property dateText = property("dateText");
    public static final Property place = property("place");
    public static final Property placeText = property("placeText");
    public static final Property organ = property("organ");
    public static final Property organKind = property("organKind");
    public static final Property organRegion = property("organRegion");
    public static final Property organRegionText = property("organRegionText");
    public static final Property organText = property("organText");
    public static final Property charge = property("charge");
    public static final Property chargeText = property("chargeText");
    public static final Property sentenceKind = property("sentenceKind");
    public static final Property termYears = property("termYears");
    public static final Property sentenceText = property("sentenceText");
    public static final Property destination = property("destination");
    public static final Property destinationText = property("destinationText");
    public static final Property camp = property("camp");
    public static final Property campText = property("campText");
    public static final Property legalBasis = property("legalBasis");
    public static final Property legalBasisText = property("legalBasisText");
    public static final Property normativeAct = property("normativeAct");
    public static final Property inSource = property("inSource");
    public static final Property file = property("file");
    public static final Property line = property("line");
    public static final Property verbatim = property("verbatim");
    public static final Property sourceId = property("sourceId");
    public static final Property unparsed = property("unparsed");
    public static final Property archiveReference = property("archiveReference");
    public static final Property archive = property("archive");
    public static final Property fond = property("fond");
    public static final Property opis = property("opis");
    public static final Property delo = property("delo");
    public static final Property sheets = property("sheets");
    public static final Property synthetic = property("synthetic");
    public static final Property restricted = property("restricted");
    public static final Property documentedIn = property("documentedIn");
    public static final Property validFrom = property("validFrom");
    public static final Property validTo = property("validTo");
    public static final Property region = property("region");
    public static final Property geonamesId = property("geonamesId");
    public static final Property wikidataId = property("wikidataId");
    public static final Property actNumber = property("actNumber");
    public static final Property actDate = property("actDate");
    public static final Property issuingBody = property("issuingBody");
    public static final Property deportationYear = property("deportationYear");

    // Linking (docs/linking.md)
    public static final Resource Match = resource("Match");
    public static final Resource PossibleMatch = resource("PossibleMatch");
    public static final Property matchSubject = property("matchSubject");
    public static final Property matchObject = property("matchObject");
    public static final Property matchScore = property("matchScore");
    public static final Property matchMethod = property("matchMethod");
    public static final Property matchExplanation = property("matchExplanation");
    public static final Property agreesOn = property("agreesOn");
    public static final Property disagreesOn = property("disagreesOn");
    public static final Property reviewStatus = property("reviewStatus");
    /** An event stated by another record of a merged person → the statement counted ({@link SameEventRule}). */
    public static final Property sameEventAs = property("sameEventAs");
}
