package kz.esimder.convert.link.dedup;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.esimder.convert.link.Evidence;
import kz.esimder.convert.link.Linkset;
import kz.esimder.convert.link.LinkWriter;
import kz.esimder.convert.link.LinksetTargets;
import kz.esimder.convert.link.name.NameMatcher;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import kz.esimder.ontology.Esm;
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

    /** How many possible matches each person keeps for an editor (see {@link BestPossibleMatches}). */
    public static final int POSSIBLE_PER_PERSON = 3;

    private final PairScorer scorer;
    private final Thresholds thresholds;
    private final int possiblePerPerson;

    public Deduplicator(PairScorer scorer, Thresholds thresholds, int possiblePerPerson) {
        if (possiblePerPerson < 1) throw new IllegalArgumentException("possiblePerPerson must be at least 1: " + possiblePerPerson);
        this.scorer = scorer;
        this.thresholds = thresholds;
        this.possiblePerPerson = possiblePerPerson;
    }

    public Deduplicator(PairScorer scorer, Thresholds thresholds) {
        this(scorer, thresholds, POSSIBLE_PER_PERSON);
    }

    public Deduplicator() {
        this(new PairScorer(), Thresholds.DEFAULT);
    }

    /** Reads the persons of the dataset, finds duplicates and replaces the dedup linkset graph (in one write transaction). */
    public DedupResult run(Dataset dataset, String base) {
        Findings found = findIn(dataset, base);
        LinkWriter.transaction().write(dataset, List.of(found.graphName()), found::writeTo);
        return found.result();
    }

    /** Reads the persons of the dataset and finds their duplicates and the same events of those merged; writes nothing. */
    public Findings findIn(Dataset dataset, String base) {
        List<PersonFacts> persons = new PersonFactsReader(base).read(dataset);
        DedupResult result = find(persons, ReviewDecisions.read(dataset, base));
        return new Findings(base, result, persons, SameEventLinks.find(dataset, base, result.survivors()));
    }

    /**
     * What a run found, ready to be written as the dedup linkset.
     *
     * @param base       the data base IRI
     * @param result     merges and possible matches
     * @param persons    the persons read (their records go into the linkset)
     * @param sameEvents the events of merged persons that another of their records states too
     */
    public record Findings(String base, DedupResult result, List<PersonFacts> persons, List<SameEventLinks.Link> sameEvents) {
        /** The linkset's graph, which a write replaces. */
        public Node graphName() {
            return linksetBuilder(base).graphName();
        }

        /** Sends the linkset, as quads of its graph, without holding it in memory. */
        public void writeTo(StreamRDF out) {
            Linkset ls = linksetBuilder(base).into(out).build();
            addLinks(ls, result, persons);
            sameEvents.forEach(l -> ls.add(iri(l.event()), Esm.sameEventAs.asNode(), iri(l.kept())));
            ls.finish();
        }
    }

    /** The pairs among the given persons, scored and sorted into merges and possible matches. */
    public DedupResult find(List<PersonFacts> persons) {
        return find(persons, ReviewDecisions.none());
    }

    /**
     * As {@link #find(List)}, with an editor's decisions taking precedence over the scores.
     *
     * <p>The work grows with the pairs of distinct names that share a block, not with the pairs
     * of persons: the name score is worked out once per pair of names ({@link NameGroups}), and
     * the persons of two names are scored one by one only when the facts could lift the name
     * score to a possible match ({@link PairScorer#MAX_FACT_BONUS}). Only the pairs at or above
     * the possible-match threshold are kept; the score of any other pair, when the ambiguity rule
     * needs it, is worked out again.
     */
    public DedupResult find(List<PersonFacts> persons, ReviewDecisions decisions) {
        Comparison c = new Comparison(persons, decisions);
        c.run();
        List<Long> merged = c.merged;
        List<Long> demoted = demoteAmbiguous(c, merged);
        List<ScoredPair> mergedPairs = new ArrayList<>();
        for (long key : merged) mergedPairs.add(c.scored(key));
        List<ScoredPair> possible = new ArrayList<>();
        for (long key : c.best.pairs()) possible.add(c.scored(key));
        for (long key : demoted) possible.add(c.scored(key));
        mergedPairs.sort(BY_IRIS);
        possible.sort(BY_IRIS);
        return new DedupResult(persons.size(), c.candidates, mergedPairs, possible, survivors(mergedPairs),
                c.best.offered() + demoted.size());
    }

    private static final Comparator<ScoredPair> BY_IRIS = Comparator.comparing(ScoredPair::a).thenComparing(ScoredPair::b);

    /** One run of {@link #find}: the persons, their name groups, and what the comparisons found. */
    private final class Comparison {
        final List<PersonFacts> persons;
        final ReviewDecisions decisions;
        final NameGroups groups;
        /** Persons named in an editor's decision: only their pairs need looking up. */
        final BitSet decided = new BitSet();
        final Map<String, Integer> index = new HashMap<>();
        final List<Long> merged = new ArrayList<>();
        final BestPossibleMatches best;
        long candidates;

        Comparison(List<PersonFacts> persons, ReviewDecisions decisions) {
            this.persons = persons;
            this.decisions = decisions;
            this.groups = new NameGroups(persons);
            this.best = new BestPossibleMatches(persons.size(), possiblePerPerson);
            for (int i = 0; i < persons.size(); i++) index.put(persons.get(i).iri(), i);
            for (String iri : decisions.persons()) {
                Integer i = index.get(iri);
                if (i != null) decided.set(i);
            }
        }

        void run() {
            for (Map.Entry<String, int[]> block : groups.blocks().entrySet()) {
                int[] gs = block.getValue();
                for (int x = 0; x < gs.length; x++) {
                    for (int y = x; y < gs.length; y++) {
                        // each pair of names once, in the first block both belong to
                        if (block.getKey().equals(groups.firstCommonBlock(gs[x], gs[y]))) compareNames(gs[x], gs[y]);
                    }
                }
            }
            // editors' decisions, whether or not the names share a block (a renamed person)
            for (List<String> pair : decisions.confirmed()) {
                Integer i = index.get(pair.get(0));
                Integer j = index.get(pair.get(1));
                if (i != null && j != null && !i.equals(j)) merged.add(key(Math.min(i, j), Math.max(i, j)));
            }
        }

        private void compareNames(int g, int h) {
            int[] as = groups.members(g);
            int[] bs = groups.members(h);
            candidates += g == h ? (long) as.length * (as.length - 1) / 2 : (long) as.length * bs.length;
            NameMatcher.NameScore gh = scorer.nameScore(groups.representative(g), groups.representative(h));
            NameMatcher.NameScore hg = g == h ? gh : scorer.nameScore(groups.representative(h), groups.representative(g));
            if (Math.max(gh.score(), hg.score()) + PairScorer.MAX_FACT_BONUS < thresholds.possible()) return;
            for (int x = 0; x < as.length; x++) {
                for (int y = g == h ? x + 1 : 0; y < bs.length; y++) {
                    int i = Math.min(as[x], bs[y]);
                    int j = Math.max(as[x], bs[y]);
                    PersonFacts a = persons.get(i);
                    PersonFacts b = persons.get(j);
                    if (sharesRecord(a, b)) continue; // two people named in one record are two people
                    if (decided.get(i) && decided.get(j) && decisions.of(a.iri(), b.iri()) != null) continue;
                    double score = scorer.quickScore(a, b, groups.groupOf(i) == g ? gh : hg);
                    if (score >= thresholds.merge()) merged.add(key(i, j));
                    else if (score >= thresholds.possible()) best.offer(i, j, score);
                }
            }
        }

        /**
         * The score two persons were given, or null if they were never compared (no common block,
         * or one record): 0 for a pair an editor rejected, 1 for one confirmed.
         */
        Double comparedScore(int i, int j) {
            PersonFacts a = persons.get(i);
            PersonFacts b = persons.get(j);
            Boolean decision = decided.get(i) && decided.get(j) ? decisions.of(a.iri(), b.iri()) : null;
            if (decision != null) return decision ? 1.0 : 0.0;
            if (sharesRecord(a, b) || !groups.meet(i, j)) return null;
            return scorer.quickScore(a, b);
        }

        /** The pair with its evidence, explained. */
        ScoredPair scored(long key) {
            int i = (int) (key / persons.size());
            int j = (int) (key % persons.size());
            PersonFacts a = persons.get(i);
            PersonFacts b = persons.get(j);
            Evidence e = scorer.score(a, b);
            if (decided.get(i) && decided.get(j) && decisions.isConfirmed(a.iri(), b.iri())) e = ReviewDecisions.confirmed(e);
            return a.iri().compareTo(b.iri()) < 0 ? new ScoredPair(a.iri(), b.iri(), e) : new ScoredPair(b.iri(), a.iri(), e);
        }

        long key(int i, int j) {
            return (long) i * persons.size() + j;
        }
    }

    /**
     * A record that would merge with two persons who were compared and found different (a list
     * entry with a name only, and two card holders of that name born twenty years apart) cannot
     * say which one it is: its merges become possible matches for an editor.
     *
     * @return the demoted pairs, removed from {@code merged}
     */
    private List<Long> demoteAmbiguous(Comparison c, List<Long> merged) {
        int n = c.persons.size();
        Map<Integer, List<Integer>> partners = new HashMap<>();
        for (long key : merged) {
            int i = (int) (key / n);
            int j = (int) (key % n);
            partners.computeIfAbsent(i, k -> new ArrayList<>()).add(j);
            partners.computeIfAbsent(j, k -> new ArrayList<>()).add(i);
        }
        BitSet ambiguous = new BitSet();
        partners.forEach((x, ps) -> {
            for (int m = 0; m < ps.size() && !ambiguous.get(x); m++) {
                for (int k = m + 1; k < ps.size(); k++) {
                    Double s = c.comparedScore(Math.min(ps.get(m), ps.get(k)), Math.max(ps.get(m), ps.get(k)));
                    if (s != null && s < thresholds.merge()) {
                        ambiguous.set(x);
                        break;
                    }
                }
            }
        });
        List<Long> demoted = new ArrayList<>();
        for (var it = merged.iterator(); it.hasNext(); ) {
            long key = it.next();
            int i = (int) (key / n);
            int j = (int) (key % n);
            if ((ambiguous.get(i) || ambiguous.get(j)) && !c.decisions.isConfirmed(c.persons.get(i).iri(), c.persons.get(j).iri())) {
                it.remove();
                demoted.add(key);
            }
        }
        return demoted;
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

    /** The dedup linkset of a result, in memory. */
    public Linkset linkset(DedupResult result, List<PersonFacts> persons, String base) {
        Linkset ls = linksetBuilder(base).build();
        addLinks(ls, result, persons);
        return ls;
    }

    private static Linkset.Builder linksetBuilder(String base) {
        return Linkset.builder(base, LINKSET)
                .subjectsTarget(LinksetTargets.ours(base)).objectsTarget(LinksetTargets.ours(base))
                .linkPredicate(OWL2.sameAs.asNode()).title("Esimder deduplication");
    }

    private static void addLinks(Linkset ls, DedupResult result, List<PersonFacts> persons) {
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
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
