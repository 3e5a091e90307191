package kz.esimder.convert.link.name;

import java.util.List;

/**
 * How alike two names are (0 … 1), over their skeletons, so across scripts and transliterations.
 * Every core word of the shorter name must find a close word in the other (so «Скорняков
 * Александр» ≠ «Скорняков Георгий», while «Тонин Сарсенев» finds both words in «ТОНИН (САРСЕНЕВ)
 * Халил»); a name of one word against a fuller one is capped below a sure match; two patronymics
 * that differ more than a misreading (Какимович/Кикимович) lower the score.
 */
public final class NameMatcher {
    /** Below this a word pair is not the same word. */
    static final double SAME_WORD = 0.84;
    /** The score cap of a one-word name against a name of several words. */
    static final double BARE_SURNAME_CAP = 0.80;

    public NameScore score(NameParts a, NameParts b) {
        if (a.isEmpty() || b.isEmpty()) return new NameScore(0, 0, Double.NaN);
        List<String> shorter = a.core().size() <= b.core().size() ? a.core() : b.core();
        List<String> longer = shorter == a.core() ? b.core() : a.core();
        double worst = 1;
        for (String word : shorter) {
            double best = 0;
            for (String other : longer) {
                best = Math.max(best, JaroWinkler.similarity(word, other));
            }
            worst = Math.min(worst, best);
        }
        double core = worst;
        if (shorter.size() == 1 && longer.size() > 1) core = Math.min(core, BARE_SURNAME_CAP);
        double patronymic = Double.NaN;
        double factor = 1;
        if (a.patronymic() != null && b.patronymic() != null) {
            patronymic = JaroWinkler.similarity(a.patronymic(), b.patronymic());
            // 0.9 and above is a misreading; below, each point lowers the score by one and a half.
            factor = patronymic >= 0.9 ? 1 : Math.max(0.4, 1 - (0.9 - patronymic) * 1.5);
        }
        return new NameScore(core * factor, core, patronymic);
    }

    public NameScore score(String a, String b) {
        return score(NameParts.parse(a), NameParts.parse(b));
    }

    /**
     * @param score      the overall name score, 0 … 1
     * @param core       how alike the surnames and given names are
     * @param patronymic how alike the patronymics are, NaN when one name has none
     */
    public record NameScore(double score, double core, double patronymic) {}
}
