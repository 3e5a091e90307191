package kz.esimder.convert.link.dedup;

import kz.esimder.convert.link.Evidence;

/** Two persons (IRIs, {@code a < b}) and the evidence that they are one. */
public record ScoredPair(String a, String b, Evidence evidence) {}
