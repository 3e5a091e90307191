package kz.esimder.convert.link.dedup;

import java.util.List;
import java.util.Map;

/**
 * What a deduplication run found.
 *
 * @param persons   how many persons were read
 * @param compared  how many pairs of persons share a block (blocking's candidates; most are told apart by
 *                  their names alone, without scoring the persons one by one)
 * @param merged    pairs at or above the merge threshold
 * @param possible  pairs between the thresholds, as listed for an editor: each person's best few
 * @param possibleFound every pair found between the thresholds, listed or not
 * @param survivors each retired person IRI → the IRI it now answers as (the smallest of its cluster)
 */
public record DedupResult(int persons, long compared, List<ScoredPair> merged, List<ScoredPair> possible,
                          Map<String, String> survivors, long possibleFound) {
    public DedupResult {
        merged = List.copyOf(merged);
        possible = List.copyOf(possible);
        survivors = Map.copyOf(survivors);
    }
}
