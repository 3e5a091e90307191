package kz.esimder.convert.link.dedup;

import java.util.List;
import java.util.Map;

/**
 * What a deduplication run found.
 *
 * @param persons   how many persons were read
 * @param compared  how many pairs were scored (after blocking)
 * @param merged    pairs at or above the merge threshold
 * @param possible  pairs between the thresholds
 * @param survivors each retired person IRI → the IRI it now answers as (the smallest of its cluster)
 */
public record DedupResult(int persons, long compared, List<ScoredPair> merged, List<ScoredPair> possible,
                          Map<String, String> survivors) {
    public DedupResult {
        merged = List.copyOf(merged);
        possible = List.copyOf(possible);
        survivors = Map.copyOf(survivors);
    }
}
