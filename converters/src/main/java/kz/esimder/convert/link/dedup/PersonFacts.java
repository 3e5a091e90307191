package kz.esimder.convert.link.dedup;

import java.util.Objects;
import java.util.Set;
import kz.esimder.convert.link.name.NameParts;

/**
 * What deduplication compares of one person: the name and the few facts that tell two people
 * apart. Values are IRIs where the converters resolved them, else the text as written; a fact the
 * record lacks is null (or an empty set) and counts neither for nor against.
 *
 * @param iri           the person's IRI
 * @param label         the display name, for explanations
 * @param name          the name as the matcher sees it
 * @param blockKeys     the blocking keys ({@link BlockKeys}): candidates share one
 * @param records       the source records the person was derived from
 * @param gender        gender concept IRI
 * @param birthYear     year of birth
 * @param birthPlace    place IRI, or the text as written
 * @param nationality   nationality IRI, or the text
 * @param arrestDates   lexical dates of arrest events
 * @param sentenceDates lexical dates of sentence events
 * @param organs        organ IRIs, or the text, of the sentence events
 */
public record PersonFacts(String iri, String label, NameParts name, Set<String> blockKeys, Set<String> records,
                          String gender, Integer birthYear, String birthPlace, String nationality,
                          Set<String> arrestDates, Set<String> sentenceDates, Set<String> organs) {
    public PersonFacts {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(name, "name");
        blockKeys = Set.copyOf(blockKeys);
        records = Set.copyOf(records);
        arrestDates = Set.copyOf(arrestDates);
        sentenceDates = Set.copyOf(sentenceDates);
        organs = Set.copyOf(organs);
    }

    /** A person known by name only (a Stalin-list entry). */
    public static PersonFacts named(String iri, String fullName) {
        NameParts parts = NameParts.parse(fullName);
        return new PersonFacts(iri, fullName, parts, BlockKeys.anyOrder(parts.core()),
                Set.of(), null, null, null, null, Set.of(), Set.of(), Set.of());
    }
}
