package kz.esimder.convert.link.out;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.esimder.convert.link.Evidence;
import kz.esimder.convert.link.Linkset;
import kz.esimder.convert.link.name.NameMatcher;
import kz.esimder.convert.link.name.NameParts;
import kz.esimder.convert.link.name.Transliterations;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL2;

/**
 * Links our persons to Wikidata humans with {@code owl:sameAs}. A person is asked for under the
 * label shapes Wikidata uses («Ильяс Джансугуров»@ru, «Джансугуров Ильяс Жансугурович»@ru, the BGN
 * form @en); a candidate is scored by the name matcher and must agree on the year of birth: a name
 * alone never links a person to Wikidata (too many namesakes), so a person without a birth year is
 * not linked.
 */
public final class PeopleReconciler {
    public static final double ACCEPT = 0.90;
    public static final String METHOD = "wikidata-person/1";
    private static final int BATCH = 20;

    private final WikidataSource source;
    private final NameMatcher names = new NameMatcher();

    public PeopleReconciler(SparqlEndpoint endpoint) {
        this.source = WikidataSource.people(endpoint);
    }

    /**
     * A person to reconcile (a dedup survivor, with the birth years of all its merged records).
     *
     * @param birthYears every year of birth its records give
     */
    public record PersonToLink(String iri, String surname, String givenName, String patronymic, Set<Integer> birthYears) {
        public PersonToLink {
            birthYears = Set.copyOf(birthYears);
        }

        Set<Literal> labels() {
            Set<Literal> out = new LinkedHashSet<>();
            if (surname == null || givenName == null) return out;
            List<String> forms = new ArrayList<>(List.of(givenName + " " + surname, surname + " " + givenName));
            if (patronymic != null) {
                forms.add(givenName + " " + patronymic + " " + surname);
                forms.add(surname + " " + givenName + " " + patronymic);
            }
            for (String f : forms) {
                out.add(ResourceFactory.createLangLiteral(f, "ru"));
                out.add(ResourceFactory.createLangLiteral(f, "kk"));
            }
            out.add(ResourceFactory.createLangLiteral(Transliterations.russianLatin(givenName + " " + surname), "en"));
            return out;
        }
    }

    public void reconcile(List<PersonToLink> persons, Linkset linkset) {
        List<PersonToLink> sorted = persons.stream().filter(p -> !p.birthYears().isEmpty() && !p.labels().isEmpty())
                .sorted(java.util.Comparator.comparing(PersonToLink::iri)).toList();
        for (int from = 0; from < sorted.size(); from += BATCH) {
            List<PersonToLink> batch = sorted.subList(from, Math.min(sorted.size(), from + BATCH));
            Map<String, List<PersonToLink>> byLabel = new HashMap<>();
            Set<Literal> labels = new LinkedHashSet<>();
            for (PersonToLink p : batch) {
                for (Literal l : p.labels()) {
                    labels.add(l);
                    byLabel.computeIfAbsent(l.getLexicalForm(), k -> new ArrayList<>()).add(p);
                }
            }
            Map<PersonToLink, Best> best = new HashMap<>();
            for (Candidate k : source.lookup(labels)) {
                Set<PersonToLink> askers = new LinkedHashSet<>();
                k.labels().forEach(l -> askers.addAll(byLabel.getOrDefault(l, List.of())));
                for (PersonToLink p : askers) {
                    Evidence e = score(p, k);
                    Best b = best.get(p);
                    if (b == null || e.score() > b.evidence.score()) best.put(p, new Best(k, e));
                }
            }
            best.forEach((p, b) -> {
                if (b.evidence.score() >= ACCEPT) {
                    linkset.link(NodeFactory.createURI(p.iri()), OWL2.sameAs.asNode(), NodeFactory.createURI(b.candidate.iri()), b.evidence);
                }
            });
        }
    }

    Evidence score(PersonToLink p, Candidate k) {
        String label = k.labels().iterator().next();
        double name = names.score(NameParts.of(p.surname(), p.givenName(), p.patronymic(), List.of()), NameParts.parse(label)).score();
        List<String> agreed = new ArrayList<>();
        List<String> disagreed = new ArrayList<>();
        if (name >= 0.9) agreed.add("name");
        double s = name;
        String years;
        if (k.birthYear() == null) {
            s = Math.min(s, 0.85);
            years = "no birth date on Wikidata (capped at 0.85)";
        } else {
            int diff = p.birthYears().stream().mapToInt(y -> Math.abs(y - k.birthYear())).min().orElse(99);
            double w = diff == 0 ? 0.10 : diff == 1 ? 0.05 : -0.50;
            s += w;
            (w > 0 ? agreed : disagreed).add("birthYear");
            years = String.format(Locale.ROOT, "birthYear %s vs %d (%+.2f)", p.birthYears(), k.birthYear(), w);
        }
        double score = Math.max(0, Math.min(1, s));
        return new Evidence(score, METHOD, agreed, disagreed,
                String.format(Locale.ROOT, "name %.3f («%s»); %s = %.3f", name, label, years, score));
    }

    private record Best(Candidate candidate, Evidence evidence) {}
}
