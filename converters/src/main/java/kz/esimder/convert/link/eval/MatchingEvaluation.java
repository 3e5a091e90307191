package kz.esimder.convert.link.eval;

import java.util.ArrayList;
import java.util.List;
import kz.esimder.convert.link.Evidence;
import kz.esimder.convert.link.dedup.BlockKeys;
import kz.esimder.convert.link.dedup.PairScorer;
import kz.esimder.convert.link.dedup.Thresholds;

/**
 * Precision and recall of deduplication on labelled pairs: a pair is predicted one person when the
 * two share a block and the score reaches the merge threshold (what deduplication would merge
 * without an editor).
 * Recall at the possible-match threshold says how many true pairs an editor would at least see.
 */
public final class MatchingEvaluation {
    private final PairScorer scorer;
    private final Thresholds thresholds;

    public MatchingEvaluation(PairScorer scorer, Thresholds thresholds) {
        this.scorer = scorer;
        this.thresholds = thresholds;
    }

    public Result evaluate(List<LabelledPair> pairs) {
        int tp = 0, fp = 0, fn = 0, tn = 0, seen = 0;
        List<String> errors = new ArrayList<>();
        for (LabelledPair p : pairs) {
            Evidence e = scorer.score(p.left(), p.right());
            // as in deduplication: a pair that shares no block is never compared
            boolean compared = BlockKeys.meet(p.left().blockKeys(), p.right().blockKeys());
            boolean predicted = compared && e.score() >= thresholds.merge();
            if (p.match() && compared && e.score() >= thresholds.possible()) seen++;
            if (predicted && p.match()) tp++;
            else if (predicted) fp++;
            else if (p.match()) fn++;
            else tn++;
            if (predicted != p.match()) {
                errors.add(String.format(java.util.Locale.ROOT, "line %d %s %s: %s", p.line(), p.kind(),
                        p.match() ? "missed" : "false match", compared ? e.explanation() : "not in one block " + p.left().blockKeys()
                                + " / " + p.right().blockKeys()));
            }
        }
        return new Result(tp, fp, fn, tn, seen, errors);
    }

    /**
     * @param seenByEditor true pairs scoring at least the possible-match threshold
     * @param errors       one line per wrong prediction, with the scorer's explanation
     */
    public record Result(int truePositives, int falsePositives, int falseNegatives, int trueNegatives,
                         int seenByEditor, List<String> errors) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double recallForEditor() {
            int positives = truePositives + falseNegatives;
            return positives == 0 ? 1 : (double) seenByEditor / positives;
        }
    }
}
