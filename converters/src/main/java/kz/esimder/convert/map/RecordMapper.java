package kz.esimder.convert.map;

import java.util.List;
import java.util.regex.Pattern;
import kz.esimder.convert.link.name.PersonNameTriples;
import kz.esimder.convert.record.ArchiveReference;
import kz.esimder.convert.record.RecordedEvent;
import kz.esimder.convert.record.RecordedPerson;
import kz.esimder.convert.record.SourceLocation;
import kz.esimder.convert.record.Unparsed;
import kz.esimder.convert.record.VictimRecord;
import kz.esimder.ontology.Esm;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Turns one {@link VictimRecord} into the triples docs/model.md prescribes: an
 * {@code esm:SourceRecord} with its provenance, the {@code esm:Person}, and one
 * {@code esm:RepressionEvent} per event, person and events linked to the record by
 * {@code prov:wasDerivedFrom}. IRIs come from {@link DataIris}, so the same record always maps
 * to the same triples.
 */
public final class RecordMapper {
    static final Node PROV_WAS_DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    // rdfs:seeAlso only for what is really a web address; anything else stays in the verbatim text.
    private static final Pattern WEB_IRI = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+");

    private final DataIris iris;

    public RecordMapper(DataIris iris) {
        this.iris = iris;
    }

    public MappedRecord map(VictimRecord record) {
        Triples t = new Triples();
        long line = record.source().line();
        Node rec = iris.record(line);
        Node person = iris.person(line);
        sourceRecord(t, rec, record);
        person(t, person, rec, record.person());
        List<RecordedEvent> events = record.events();
        for (int i = 0; i < events.size(); i++) {
            event(t, iris.event(line, i + 1), i + 1, person, rec, events.get(i));
        }
        return new MappedRecord(iris.graph(), t.list());
    }

    private void sourceRecord(Triples t, Node rec, VictimRecord record) {
        SourceLocation src = record.source();
        t.add(rec, RDF.type, Esm.SourceRecord.asNode());
        t.add(rec, Esm.inSource, iris.source());
        t.text(rec, Esm.file, src.file());
        t.integer(rec, Esm.line, src.line());
        t.text(rec, Esm.verbatim, src.verbatim());
        src.sourceIdentifier().ifPresent(id -> t.text(rec, Esm.sourceId, id));
        src.onlineLink().filter(l -> WEB_IRI.matcher(l.strip()).matches())
                .ifPresent(l -> t.add(rec, RDFS.seeAlso, NodeFactory.createURI(l.strip())));
        src.namedSource().ifPresent(name -> t.text(rec, DCTerms.source, name));
        src.reference().ifPresent(ref -> archiveReference(t, rec, ref));
        t.concept(rec, Esm.archive, src.archive());
        for (Unparsed u : record.unparsed()) {
            t.text(rec, Esm.unparsed, u.asLiteral());
        }
    }

    static void archiveReference(Triples t, Node subject, ArchiveReference ref) {
        t.text(subject, Esm.archiveReference, ref.text());
        ref.fondNumber().ifPresent(v -> t.text(subject, Esm.fond, v));
        ref.opisNumber().ifPresent(v -> t.text(subject, Esm.opis, v));
        ref.deloNumber().ifPresent(v -> t.text(subject, Esm.delo, v));
        ref.sheetNumbers().ifPresent(v -> t.text(subject, Esm.sheets, v));
    }

    private void person(Triples t, Node s, Node rec, RecordedPerson p) {
        t.add(s, RDF.type, Esm.Person.asNode());
        t.text(s, RDFS.label, p.label());
        t.text(s, Esm.nameAsWritten, p.nameAsWritten());
        t.text(s, Esm.surname, p.surname());
        t.text(s, Esm.givenName, p.givenName());
        t.text(s, Esm.patronymic, p.patronymic());
        p.nameVariants().forEach(v -> t.text(s, Esm.nameVariant, v));
        // the name key search and deduplication share, and the Latin forms (as PersonNameEnricher adds them)
        if (p.label() != null) {
            PersonNameTriples.of(s, p.label(), p.surname(), p.givenName(), p.patronymic(), p.nameVariants())
                    .forEach(tr -> t.add(tr.getSubject(), tr.getPredicate(), tr.getObject()));
        }
        t.concept(s, Esm.gender, p.gender());
        t.date(s, Esm.birthDate, p.birthDate(), false);
        if (p.birthDate() != null) {
            t.integer(s, Esm.birthYear, p.birthDate().year());
        }
        t.text(s, Esm.birthDateText, p.birthDateText());
        t.concept(s, Esm.birthPlace, p.birthPlace());
        t.text(s, Esm.birthPlaceText, p.birthPlaceText());
        t.concept(s, Esm.nationality, p.nationality());
        t.text(s, Esm.nationalityText, p.nationalityText());
        t.text(s, Esm.education, p.education());
        t.text(s, Esm.partyMembership, p.partyMembership());
        t.text(s, Esm.occupation, p.occupation());
        t.concept(s, Esm.residence, p.residence());
        p.residenceTexts().forEach(v -> t.text(s, Esm.residenceText, v));
        t.text(s, Esm.burialPlaceText, p.burialPlaceText());
        p.familyMemberTexts().forEach(v -> t.text(s, Esm.familyMemberText, v));
        t.add(s, PROV_WAS_DERIVED_FROM, rec);
    }

    private void event(Triples t, Node s, int n, Node person, Node rec, RecordedEvent e) {
        t.add(s, RDF.type, Esm.RepressionEvent.asNode());
        t.add(s, Esm.person, person);
        t.concept(s, Esm.eventType, e.type().concept());
        t.integer(s, Esm.sequence, n);
        t.date(s, Esm.date, e.date(), true);
        t.text(s, Esm.dateText, e.dateText());
        t.concept(s, Esm.place, e.place());
        t.text(s, Esm.placeText, e.placeText());
        t.concept(s, Esm.organ, e.organ());
        t.concept(s, Esm.organKind, e.organKind());
        t.concept(s, Esm.organRegion, e.organRegion());
        t.text(s, Esm.organRegionText, e.organRegionText());
        t.text(s, Esm.organText, e.organText());
        e.charges().forEach(c -> t.concept(s, Esm.charge, c));
        t.text(s, Esm.chargeText, e.chargeText());
        t.concept(s, Esm.sentenceKind, e.sentenceKind());
        if (e.termYears() != null) {
            t.add(s, Esm.termYears, NodeFactory.createLiteralDT(e.termYears().toPlainString(), XSDDatatype.XSDdecimal));
        }
        t.text(s, Esm.sentenceText, e.sentenceText());
        t.concept(s, Esm.destination, e.destination());
        t.text(s, Esm.destinationText, e.destinationText());
        t.concept(s, Esm.camp, e.camp());
        t.text(s, Esm.campText, e.campText());
        e.legalBases().forEach(c -> t.concept(s, Esm.legalBasis, c));
        t.text(s, Esm.legalBasisText, e.legalBasisText());
        t.concept(s, Esm.normativeAct, e.normativeAct());
        t.add(s, PROV_WAS_DERIVED_FROM, rec);
    }
}
