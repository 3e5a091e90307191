package kz.esimder.convert.link.eval;

import kz.esimder.convert.link.dedup.PersonFacts;

/**
 * One row of the labelled pairs: two persons and whether they are one.
 *
 * @param line  the 1-based line in the CSV
 * @param kind  where the pair comes from (list-note, card-note, card-list, list-list-hard, script …)
 */
public record LabelledPair(long line, String kind, PersonFacts left, PersonFacts right, boolean match) {}
