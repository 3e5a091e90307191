package kz.esimder.convert.link.out;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kz.esimder.convert.link.dedup.Deduplicator;
import kz.esimder.convert.link.dedup.PersonFacts;
import kz.esimder.convert.link.dedup.PersonFactsReader;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;

/**
 * The persons to reconcile: one per dedup cluster (the survivor, never a retired IRI), with the
 * name parts of the survivor and the birth years of every merged record.
 */
public final class PersonsToLinkReader {
    private static final String SAME_AS = """
            SELECT ?retired ?survivor WHERE { GRAPH ?g { ?retired owl:sameAs ?survivor } }""";
    private static final String NAMES = """
            SELECT ?p ?surname ?given ?patronymic WHERE {
              GRAPH ?g { ?p a esm:Person ; esm:surname ?surname ; esm:givenName ?given .
                         OPTIONAL { ?p esm:patronymic ?patronymic } }
            }""";

    private final String base;

    public PersonsToLinkReader(String base) {
        this.base = base;
    }

    public List<PeopleReconciler.PersonToLink> read(Dataset dataset) {
        Map<String, String> survivorOf = new HashMap<>();
        Map<String, String[]> names = new TreeMap<>();
        Txn.executeRead(dataset, () -> {
            ParameterizedSparqlString q = new ParameterizedSparqlString(SAME_AS);
            q.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
            q.setIri("g", base + "graph/linkset/" + Deduplicator.LINKSET);
            try (QueryExecution qe = QueryExecution.create(q.asQuery(), dataset)) {
                qe.execSelect().forEachRemaining(r -> survivorOf.merge(r.getResource("retired").getURI(),
                        r.getResource("survivor").getURI(), (x, y) -> x.compareTo(y) <= 0 ? x : y));
            }
            ParameterizedSparqlString n = new ParameterizedSparqlString(NAMES);
            n.setNsPrefix("esm", kz.esimder.ontology.Esm.NS);
            try (QueryExecution qe = QueryExecution.create(n.asQuery(), dataset)) {
                qe.execSelect().forEachRemaining(r -> names.putIfAbsent(r.getResource("p").getURI(), new String[] {
                        r.getLiteral("surname").getLexicalForm(), r.getLiteral("given").getLexicalForm(),
                        r.contains("patronymic") ? r.getLiteral("patronymic").getLexicalForm() : null}));
            }
        });
        Map<String, Set<Integer>> years = new HashMap<>();
        for (PersonFacts p : new PersonFactsReader(base).read(dataset)) {
            String survivor = survivorOf.getOrDefault(p.iri(), p.iri());
            Set<Integer> ys = years.computeIfAbsent(survivor, k -> new HashSet<>());
            if (p.birthYear() != null) ys.add(p.birthYear());
        }
        List<PeopleReconciler.PersonToLink> out = new ArrayList<>();
        names.forEach((iri, n) -> {
            if (!survivorOf.containsKey(iri)) {
                out.add(new PeopleReconciler.PersonToLink(iri, n[0], n[1], n[2], years.getOrDefault(iri, Set.of())));
            }
        });
        return out;
    }
}
