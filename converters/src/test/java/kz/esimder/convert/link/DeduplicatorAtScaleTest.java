package kz.esimder.convert.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import kz.esimder.convert.link.dedup.BlockKeys;
import kz.esimder.convert.link.dedup.DedupResult;
import kz.esimder.convert.link.dedup.Deduplicator;
import kz.esimder.convert.link.dedup.PairScorer;
import kz.esimder.convert.link.dedup.PersonFacts;
import kz.esimder.convert.link.dedup.ScoredPair;
import kz.esimder.convert.link.dedup.Thresholds;
import kz.esimder.convert.link.name.NameParts;
import org.junit.jupiter.api.Test;

/**
 * Deduplication compares names once per pair of distinct names and persons only where the facts
 * could matter: it must find exactly what scoring every pair of persons in every block finds
 * (checked here against that plain all-pairs reference on crowded generated namesakes), and keep
 * for an editor only each person's best possible matches.
 */
class DeduplicatorAtScaleTest {
    private static final String BASE = "http://localhost:8080/id/person/";
    private static final PairScorer SCORER = new PairScorer();
    private static final Thresholds T = Thresholds.DEFAULT;

    @Test
    void findsExactlyWhatScoringEveryPairInEveryBlockFinds() {
        List<PersonFacts> persons = crowd(600, 7);
        Reference expected = reference(persons);
        assertThat(expected.merged).as("the crowd has merges to find").isNotEmpty();
        assertThat(expected.possible.size()).as("and possible matches").isGreaterThan(50);

        DedupResult result = new Deduplicator(SCORER, T, persons.size()).find(persons); // room for every possible match

        assertThat(pairs(result.merged())).isEqualTo(expected.merged);
        assertThat(pairs(result.possible())).isEqualTo(expected.possible);
        assertThat(result.possibleFound()).isEqualTo(expected.possible.size());
        assertThat(result.compared()).isEqualTo(expected.compared);
        result.merged().forEach(p -> assertThat(p.evidence().score()).isGreaterThanOrEqualTo(T.merge()));
    }

    @Test
    void eachPersonKeepsOnlyItsBestPossibleMatchesForAnEditor() {
        List<PersonFacts> persons = crowd(600, 11);
        Reference all = reference(persons);
        int perPerson = 2;

        DedupResult result = new Deduplicator(SCORER, T, perPerson).find(persons);

        assertThat(pairs(result.merged())).isEqualTo(all.merged);
        assertThat(result.possibleFound()).isEqualTo(all.possible.size());
        assertThat(result.possible().size()).isLessThan(all.possible.size());
        // besides the merges demoted as ambiguous (always listed), at most perPerson for each person
        assertThat(result.possible().stream().filter(p -> p.evidence().score() < T.merge()).count())
                .isPositive().isLessThanOrEqualTo((long) perPerson * persons.size());
        for (ScoredPair p : result.possible()) assertThat(all.possible).contains(p.a() + " " + p.b());
        // every listed pair is among the best of one of its two persons: nobody better was left out for both
        for (ScoredPair p : result.possible()) {
            if (p.evidence().score() >= T.merge()) continue; // a merge demoted as ambiguous is always listed
            boolean bestOfA = rank(all, p.a(), p) < perPerson;
            boolean bestOfB = rank(all, p.b(), p) < perPerson;
            assertThat(bestOfA || bestOfB).as("%s is among the %d best of one of its persons", p, perPerson).isTrue();
        }
    }

    /** How many possible matches of {@code person} score higher than {@code pair} (ties: the smaller partner first). */
    private static long rank(Reference all, String person, ScoredPair pair) {
        double score = pair.evidence().score();
        String partner = pair.a().equals(person) ? pair.b() : pair.a();
        int partnerIndex = Integer.parseInt(partner.substring(BASE.length()));
        return all.possibleScores.entrySet().stream()
                .filter(e -> e.getValue() < T.merge())
                .filter(e -> e.getKey().startsWith(person + " ") || e.getKey().endsWith(" " + person))
                .filter(e -> {
                    String[] ab = e.getKey().split(" ");
                    String other = ab[0].equals(person) ? ab[1] : ab[0];
                    int otherIndex = Integer.parseInt(other.substring(BASE.length()));
                    return (float) (double) e.getValue() > (float) score
                            || (float) (double) e.getValue() == (float) score && otherIndex < partnerIndex;
                })
                .count();
    }

    /** Crowded namesakes: few surnames, given names and patronymics, birth years close together. */
    private static List<PersonFacts> crowd(int n, long seed) {
        Random r = new Random(seed);
        String[] surnames = {"Абланов", "Аблаев", "Жумабаев", "Жумабеков", "Иванов", "Ивашов"};
        String[] given = {"Садык", "Сакен", "Санджар", "Ильяс", "Иван"};
        String[] patronymics = {"Ахметович", "Абдуллаевич", "Иванович", null};
        String[] places = {"Акмолинская обл., Атбасар", "Карагандинская обл., Каркаралинск", "г. Алма-Ата"};
        List<PersonFacts> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String surname = surnames[r.nextInt(surnames.length)];
            boolean bare = r.nextInt(10) == 0; // a list entry with a surname only
            String first = bare ? null : given[r.nextInt(given.length)];
            String patronymic = bare ? null : patronymics[r.nextInt(patronymics.length)];
            NameParts name = NameParts.of(surname, first, patronymic, List.of());
            Set<String> keys = BlockKeys.of(NameParts.of(surname, null, null, List.of()).core(), name.core());
            Set<String> records = Set.of("rec-" + (r.nextInt(8) == 0 ? i - 1 : i)); // now and then two persons of one record
            out.add(new PersonFacts(String.format("%s%04d", BASE, i), surname + " " + first, name, keys, records,
                    r.nextInt(20) == 0 ? "female" : "male",
                    r.nextInt(4) == 0 ? null : 1900 + r.nextInt(6),
                    r.nextInt(3) == 0 ? null : places[r.nextInt(places.length)],
                    r.nextInt(3) == 0 ? null : "kazakh",
                    r.nextInt(2) == 0 ? Set.of() : Set.of("1937-0" + (1 + r.nextInt(3))),
                    r.nextInt(2) == 0 ? Set.of() : Set.of("1938-0" + (1 + r.nextInt(3))),
                    Set.of()));
        }
        return out;
    }

    private record Reference(Set<String> merged, Set<String> possible, Map<String, Double> possibleScores, long compared) {}

    /** The plain rule: every pair that shares a block and no record, scored; merges of an ambiguous person demoted. */
    private static Reference reference(List<PersonFacts> persons) {
        Map<String, Double> scores = new HashMap<>();
        Set<String> merged = new TreeSet<>();
        Map<String, Double> possible = new HashMap<>();
        long compared = 0;
        for (int i = 0; i < persons.size(); i++) {
            for (int j = i + 1; j < persons.size(); j++) {
                PersonFacts a = persons.get(i);
                PersonFacts b = persons.get(j);
                if (!BlockKeys.meet(a.blockKeys(), b.blockKeys())) continue;
                compared++;
                if (!java.util.Collections.disjoint(a.records(), b.records())) continue;
                double s = SCORER.quickScore(a, b);
                String key = a.iri() + " " + b.iri();
                scores.put(key, s);
                if (s >= T.merge()) merged.add(key);
                else if (s >= T.possible()) possible.put(key, s);
            }
        }
        Map<String, List<String>> partners = new HashMap<>();
        for (String m : merged) {
            String[] ab = m.split(" ");
            partners.computeIfAbsent(ab[0], k -> new ArrayList<>()).add(ab[1]);
            partners.computeIfAbsent(ab[1], k -> new ArrayList<>()).add(ab[0]);
        }
        Set<String> ambiguous = new HashSet<>();
        partners.forEach((x, ps) -> {
            for (String y : ps) for (String z : ps) {
                Double s = scores.get(y.compareTo(z) < 0 ? y + " " + z : z + " " + y);
                if (!y.equals(z) && s != null && s < T.merge()) ambiguous.add(x);
            }
        });
        Set<String> kept = new TreeSet<>();
        for (String m : merged) {
            String[] ab = m.split(" ");
            if (ambiguous.contains(ab[0]) || ambiguous.contains(ab[1])) possible.put(m, scores.get(m));
            else kept.add(m);
        }
        return new Reference(kept, new TreeSet<>(possible.keySet()), possible, compared);
    }

    private static Set<String> pairs(List<ScoredPair> pairs) {
        Set<String> out = new TreeSet<>();
        pairs.forEach(p -> out.add(p.a() + " " + p.b()));
        return out;
    }
}
