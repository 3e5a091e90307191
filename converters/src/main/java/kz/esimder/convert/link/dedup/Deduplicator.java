package kz.esimder.convert.link.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kz.esimder.convert.link.Evidence;
import kz.esimder.convert.link.Linkset;
import kz.esimder.convert.link.LinksetStore;
import kz.esimder.convert.link.LinksetTargets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.vocabulary.OWL2;

/**
 * Finds the persons that are one across sources: block on the surname keys, score each pair in a
 * block, merge at or above the merge threshold (clusters by union-find; the smallest IRI survives,
 * so reruns pick the same one), list the pairs between the thresholds as possible matches. The
 * result is written as the linkset {@code {base}graph/linkset/dedup}: {@code retired owl:sameAs
 * survivor}, the survivor {@code prov:wasDerivedFrom} every merged record, an {@code esm:Match} per
 * merged pair and an {@code esm:PossibleMatch} per possible one. The source graphs are not touched:
 * every conflicting value stays in its own source graph, on the person IRI of that source.
 */
public final class Deduplicator {
    public static final String LINKSET = "dedup";
    private static final Node PROV_DERIVED = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    private final PairScorer scorer;
    private final Thresholds thresholds;

    public Deduplicator(PairScorer scorer, Thresholds thresholds) {
        this.scorer = scorer;
        this.thresholds = thresholds;
    }

    public Deduplicator() {
        this(new PairScorer(), Thresholds.DEFAULT);
    }

    /** Reads the persons of the dataset, finds duplicates and replaces the dedup linkset graph. */
    public DedupResult run(Dataset dataset, String base) {
        List<PersonFacts> persons = new PersonFactsReader(base).read(dataset);
        DedupResult result = find(persons, ReviewDecisions.read(dataset, base));
        LinksetStore.replace(dataset, linkset(result, persons, base));
        return result;
    }

    /** The pairs among the given persons, scored and sorted into merges and possible matches. */
    public DedupResult find(List<PersonFacts> persons) {
        return find(persons, ReviewDecisions.none());
    }

    /** As {@link #find(List)}, with an editor's decisions taking precedence over the scores. */
    public DedupResult find(List<PersonFacts> persons, ReviewDecisions decisions) {
        Map<String, List<Integer>> blocks = new TreeMap<>();
        for (int i = 0; i < persons.size(); i++) {
            for (String key : persons.get(i).blockKeys()) blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        joinBareSurnames(blocks);
        Map<Long, Double> scores = new HashMap<>();
        List<ScoredPair> merged = new ArrayList<>();
        List<ScoredPair> possible = new ArrayList<>();
        long compared = 0;
        for (List<Integer> block : blocks.values()) {
            for (int x = 0; x < block.size(); x++) {
                for (int y = x + 1; y < block.size(); y++) {
                    int i = Math.min(block.get(x), block.get(y));
                    int j = Math.max(block.get(x), block.get(y));
                    long pairKey = (long) i * persons.size() + j;
                    if (scores.containsKey(pairKey)) continue;
                    PersonFacts a = persons.get(i);
                    PersonFacts b = persons.get(j);
                    if (sharesRecord(a, b)) continue; // two people named in one record are two people
                    compared++;
                    classify(a, b, pairKey, decisions, scores, merged, possible);
                }
            }
        }
        // a confirmed pair whose surnames share no block key (a renamed person) is still merged
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < persons.size(); i++) index.put(persons.get(i).iri(), i);
        for (List<String> pair : decisions.confirmed()) {
            Integer i = index.get(pair.get(0));
            Integer j = index.get(pair.get(1));
            if (i == null || j == null) continue;
            long pairKey = (long) Math.min(i, j) * persons.size() + Math.max(i, j);
            if (!scores.containsKey(pairKey)) classify(persons.get(i), persons.get(j), pairKey, decisions, scores, merged, possible);
        }
        demoteAmbiguous(persons, scores, merged, possible, decisions);
        return new DedupResult(persons.size(), compared, merged, possible, survivors(merged));
    }

    /**
     * A record that would merge with two persons who were compared and found different (a list
     * entry with a name only, and two card holders of that name born twenty years apart) cannot
     * say which one it is: its merges become possible matches for an editor.
     */
    private void demoteAmbiguous(List<PersonFacts> persons, Map<Long, Double> scores, List<ScoredPair> merged,
                                 List<ScoredPair> possible, ReviewDecisions decisions) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < persons.size(); i++) index.put(persons.get(i).iri(), i);
        Map<String, List<String>> partners = new TreeMap<>();
        for (ScoredPair p : merged) {
            partners.computeIfAbsent(p.a(), k -> new ArrayList<>()).add(p.b());
            partners.computeIfAbsent(p.b(), k -> new ArrayList<>()).add(p.a());
        }
        Set<String> ambiguous = new HashSet<>();
        partners.forEach((x, ps) -> {
            for (int m = 0; m < ps.size(); m++) {
                for (int n = m + 1; n < ps.size(); n++) {
                    int i = Math.min(index.get(ps.get(m)), index.get(ps.get(n)));
                    int j = Math.max(index.get(ps.get(m)), index.get(ps.get(n)));
                    Double s = scores.get((long) i * persons.size() + j);
                    if (s != null && s < thresholds.merge()) ambiguous.add(x);
                }
            }
        });
        for (var it = merged.iterator(); it.hasNext(); ) {
            ScoredPair p = it.next();
            if ((ambiguous.contains(p.a()) || ambiguous.contains(p.b())) && !decisions.isConfirmed(p.a(), p.b())) {
                it.remove();
                possible.add(p);
            }
        }
    }

    /** A person known by a surname alone («S|-») is compared with everyone of that surname. */
    private static void joinBareSurnames(Map<String, List<Integer>> blocks) {
        Map<String, List<Integer>> bare = new TreeMap<>();
        blocks.forEach((key, members) -> {
            if (key.endsWith(BlockKeys.BARE)) bare.put(BlockKeys.surnamePart(key), members);
        });
        bare.forEach((surname, members) -> blocks.forEach((key, others) -> {
            if (!key.endsWith(BlockKeys.BARE) && BlockKeys.surnamePart(key).equals(surname)) {
                for (Integer m : members) if (!others.contains(m)) others.add(m);
            }
        }));
    }

    private void classify(PersonFacts a, PersonFacts b, long pairKey, ReviewDecisions decisions, Map<Long, Double> scores,
                          List<ScoredPair> merged, List<ScoredPair> possible) {
        Boolean decided = decisions.of(a.iri(), b.iri());
        if (Boolean.FALSE.equals(decided)) {
            scores.put(pairKey, 0.0); // rejected by an editor: two people, and evidence against merging through a third
            return;
        }
        if (decided == null) {
            double quick = scorer.quickScore(a, b);
            if (quick < thresholds.possible()) {
                scores.put(pairKey, quick);
                return;
            }
        }
        Evidence e = scorer.score(a, b);
        if (Boolean.TRUE.equals(decided)) e = ReviewDecisions.confirmed(e);
        scores.put(pairKey, Boolean.TRUE.equals(decided) ? 1.0 : e.score());
        ScoredPair pair = a.iri().compareTo(b.iri()) < 0 ? new ScoredPair(a.iri(), b.iri(), e) : new ScoredPair(b.iri(), a.iri(), e);
        if (Boolean.TRUE.equals(decided) || e.score() >= thresholds.merge()) merged.add(pair);
        else if (e.score() >= thresholds.possible()) possible.add(pair);
    }

    private static boolean sharesRecord(PersonFacts a, PersonFacts b) {
        for (String r : a.records()) if (b.records().contains(r)) return true;
        return false;
    }

    /** Union-find over the merged pairs; every member of a cluster maps to its smallest IRI. */
    static Map<String, String> survivors(List<ScoredPair> merged) {
        Map<String, String> parent = new HashMap<>();
        for (ScoredPair p : merged) {
            String ra = root(parent, p.a());
            String rb = root(parent, p.b());
            if (!ra.equals(rb)) {
                if (ra.compareTo(rb) < 0) parent.put(rb, ra);
                else parent.put(ra, rb);
            }
        }
        Map<String, String> out = new TreeMap<>();
        for (String iri : parent.keySet()) {
            String root = root(parent, iri);
            if (!root.equals(iri)) out.put(iri, root);
        }
        return out;
    }

    private static String root(Map<String, String> parent, String iri) {
        String r = iri;
        while (parent.containsKey(r) && !parent.get(r).equals(r)) r = parent.get(r);
        parent.putIfAbsent(iri, iri);
        return r;
    }

    /** The dedup linkset of a result. */
    public Linkset linkset(DedupResult result, List<PersonFacts> persons, String base) {
        Linkset ls = Linkset.builder(base, LINKSET)
                .subjectsTarget(LinksetTargets.ours(base)).objectsTarget(LinksetTargets.ours(base))
                .linkPredicate(OWL2.sameAs.asNode()).title("Esimder deduplication").build();
        Map<String, PersonFacts> byIri = new HashMap<>();
        persons.forEach(p -> byIri.put(p.iri(), p));
        result.survivors().forEach((retired, survivor) -> {
            ls.link(iri(retired), OWL2.sameAs.asNode(), iri(survivor));
            PersonFacts r = byIri.get(retired);
            if (r != null) r.records().forEach(rec -> ls.add(iri(survivor), PROV_DERIVED, iri(rec)));
        });
        for (ScoredPair p : result.merged()) {
            // b > a, so b is never the survivor: the link reads «b is a», the scored evidence on it
            ls.link(iri(p.b()), OWL2.sameAs.asNode(), iri(p.a()), p.evidence());
        }
        result.possible().forEach(p -> ls.possibleMatch(iri(p.a()), iri(p.b()), p.evidence()));
        return ls;
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
