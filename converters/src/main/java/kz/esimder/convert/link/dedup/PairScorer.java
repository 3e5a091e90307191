package kz.esimder.convert.link.dedup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.esimder.convert.link.Evidence;
import kz.esimder.convert.link.name.NameMatcher;
import kz.esimder.convert.link.name.NameSkeleton;

/**
 * The score of a pair of persons: the name score, raised by each fact both records give alike and
 * lowered by each they give differently. Weights reflect how often sources mistype a fact: birth
 * years and dates are copied with errors now and then, so a difference costs less than a different
 * gender. A fact only one record gives counts for nothing.
 */
public final class PairScorer {
    public static final String METHOD = "esimder-dedup/1";

    // What each fact adds when both records give it alike.
    private static final double BIRTH_YEAR_EQUAL = 0.06, BIRTH_YEAR_NEAR = 0.02, BIRTH_PLACE = 0.03, NATIONALITY = 0.02,
            DATE = 0.06, ORGAN = 0.02;
    /**
     * The most the facts can add to the name score: a pair whose name score is lower than a
     * threshold by more than this cannot reach it, whatever its records say (so deduplication
     * need not score the persons of two names that far apart one by one).
     */
    public static final double MAX_FACT_BONUS = BIRTH_YEAR_EQUAL + BIRTH_PLACE + NATIONALITY + 2 * DATE + ORGAN;

    private final NameMatcher names = new NameMatcher();
    /** Place texts and nationalities repeat across persons: their words are worked out once each. */
    private final Map<String, Set<String>> placeWords = new ConcurrentHashMap<>();
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    public Evidence score(PersonFacts a, PersonFacts b) {
        return score(a, b, nameScore(a, b));
    }

    /** As {@link #score(PersonFacts, PersonFacts)}, with the name score already known. */
    public Evidence score(PersonFacts a, PersonFacts b, NameMatcher.NameScore name) {
        Tally t = tally(a, b, name, true);
        double score = Math.max(0, Math.min(1, t.score));
        return new Evidence(score, METHOD, t.agreed, t.disagreed,
                String.join("; ", t.explanation) + String.format(Locale.ROOT, " = %.3f", score));
    }

    /** The score alone, without building the explanation: most pairs of a block are far apart. */
    public double quickScore(PersonFacts a, PersonFacts b) {
        return quickScore(a, b, nameScore(a, b));
    }

    /** As {@link #quickScore(PersonFacts, PersonFacts)}, with the name score already known. */
    public double quickScore(PersonFacts a, PersonFacts b, NameMatcher.NameScore name) {
        return Math.max(0, Math.min(1, tally(a, b, name, false).score));
    }

    /** The name part of the score of {@code a} against {@code b} (the order matters when both names have as many words). */
    public NameMatcher.NameScore nameScore(PersonFacts a, PersonFacts b) {
        return names.score(a.name(), b.name());
    }

    private Tally tally(PersonFacts a, PersonFacts b, NameMatcher.NameScore name, boolean explain) {
        Tally t = new Tally(explain);
        t.score = name.score();
        if (explain) t.explanation.add(String.format(Locale.ROOT, "name %.3f (%s | %s)", name.score(), a.label(), b.label()));
        if (name.score() >= 0.9) t.agreed.add("name");
        else if (name.score() < 0.75) t.disagreed.add("name");
        if (a.gender() != null && b.gender() != null) {
            t.field("gender", a.gender().equals(b.gender()), 0, -0.35, a.gender(), b.gender());
        }
        if (a.birthYear() != null && b.birthYear() != null) {
            int diff = Math.abs(a.birthYear() - b.birthYear());
            if (diff <= 1) t.field("birthYear", true, diff == 0 ? BIRTH_YEAR_EQUAL : BIRTH_YEAR_NEAR, 0, a.birthYear(), b.birthYear());
            else t.field("birthYear", false, 0, -0.20, a.birthYear(), b.birthYear());
        }
        if (a.birthPlace() != null && b.birthPlace() != null) {
            t.field("birthPlace", samePlace(a.birthPlace(), b.birthPlace()), BIRTH_PLACE, -0.03, a.birthPlace(), b.birthPlace());
        }
        if (a.nationality() != null && b.nationality() != null) {
            boolean same = a.nationality().equals(b.nationality())
                    || !isIri(a.nationality()) && !isIri(b.nationality()) && stem(a.nationality()).equals(stem(b.nationality()));
            t.field("nationality", same, NATIONALITY, -0.10, a.nationality(), b.nationality());
        }
        dates(t, "arrestDate", a.arrestDates(), b.arrestDates());
        dates(t, "sentenceDate", a.sentenceDates(), b.sentenceDates());
        if (!a.organs().isEmpty() && !b.organs().isEmpty()) {
            t.field("organ", intersects(a.organs(), b.organs()), ORGAN, -0.02, a.organs(), b.organs());
        }
        capUncorroborated(t);
        return t;
    }

    /** Below the merge threshold, whatever the name says: only an editor merges these. */
    static final double UNCORROBORATED_CAP = 0.85;
    private static final Set<String> CORROBORATING = Set.of("birthYear", "birthPlace", "arrestDate", "sentenceDate");
    private static final Set<String> DATES = Set.of("arrestDate", "sentenceDate");

    /**
     * A name is enough only when nothing speaks against it. Two records that both give facts must
     * agree on one of birth year, birth place, arrest or sentence date; and a date that differs must
     * be balanced by a date that agrees (a second arrest is a second event, or a second person).
     */
    private static void capUncorroborated(Tally t) {
        boolean compared = t.agreed.stream().anyMatch(CORROBORATING::contains) || t.disagreed.stream().anyMatch(CORROBORATING::contains);
        boolean corroborated = t.agreed.stream().anyMatch(CORROBORATING::contains);
        boolean dateAgainst = t.disagreed.stream().anyMatch(DATES::contains) && t.agreed.stream().noneMatch(DATES::contains);
        if (t.score > UNCORROBORATED_CAP && (compared && !corroborated || dateAgainst)) {
            t.score = UNCORROBORATED_CAP;
            if (t.explain) t.explanation.add(dateAgainst ? "a date differs and none agrees: capped at 0.85"
                    : "no fact besides the name agrees: capped at 0.85");
        }
    }

    private static void dates(Tally t, String field, Set<String> a, Set<String> b) {
        // a different date is a different event more often than a misprint: it weighs more against than for
        if (!a.isEmpty() && !b.isEmpty()) t.field(field, intersects(a, b), DATE, -0.10, a, b);
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) if (b.contains(x)) return true;
        return false;
    }

    /** Same IRI, or the texts share a distinctive word (not «обл.», «р-н», «г.»); two IRIs only when equal. */
    boolean samePlace(String a, String b) {
        if (a.equals(b)) return true;
        if (isIri(a) && isIri(b)) return false;
        if (isIri(a) || isIri(b)) return stem(lastSegment(a)).equals(stem(lastSegment(b)));
        Set<String> wb = placeWords.computeIfAbsent(b, PairScorer::placeWords);
        for (String w : placeWords.computeIfAbsent(a, PairScorer::placeWords)) if (wb.contains(w)) return true;
        return false;
    }

    private String stem(String text) {
        return stems.computeIfAbsent(text, NameSkeleton::stem);
    }

    /** Six-letter prefixes of words that name a kind of place or a direction, not a place. */
    private static final Set<String> PLACE_NOISE = Set.of("oblast", "raion", "selo", "gorod", "kazahs", "iujno", "vostoq",
            "severo", "zapadn", "respub", "okrug", "stanic", "poselo");

    private static Set<String> placeWords(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.split("[^\\p{L}]+")) {
            String s = NameSkeleton.stem(w);
            String prefix = s.length() > 6 ? s.substring(0, 6) : s;
            if (s.length() >= 4 && !PLACE_NOISE.contains(prefix)) words.add(prefix);
        }
        return Set.copyOf(words);
    }

    private static boolean isIri(String s) {
        return s.startsWith("http://") || s.startsWith("https://");
    }

    private static String lastSegment(String s) {
        return isIri(s) ? s.substring(s.lastIndexOf('/') + 1) : s;
    }

    private static final class Tally {
        final boolean explain;
        double score;
        final List<String> agreed = new ArrayList<>();
        final List<String> disagreed = new ArrayList<>();
        final List<String> explanation = new ArrayList<>();

        Tally(boolean explain) { this.explain = explain; }

        void field(String field, boolean same, double plus, double minus, Object a, Object b) {
            double w = same ? plus : minus;
            score += w;
            (same ? agreed : disagreed).add(field);
            if (explain) explanation.add(String.format(Locale.ROOT, "%s %s %s %s (%+.2f)", field, a, same ? "=" : "≠", b, w));
        }
    }
}
