package kz.esimder.convert.link.dedup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import kz.esimder.convert.link.name.NameParts;
import kz.esimder.ontology.Esm;
import kz.esimder.ontology.Vocab;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * Reads the persons of a dataset (every named graph but the linksets) as {@link PersonFacts}, by
 * two SPARQL SELECTs: one for the persons, one for their arrest and sentence events. Works on any
 * Jena dataset (in memory, TDB2); only the compact facts are held, never the graphs.
 */
public final class PersonFactsReader {
    private static final String PERSONS = """
            SELECT ?p ?label ?asWritten ?surname ?given ?patronymic ?variant ?record ?gender ?birthYear
                   ?birthPlace ?birthPlaceText ?nationality ?nationalityText
            WHERE {
              GRAPH ?g {
                ?p a esm:Person .
                OPTIONAL { ?p rdfs:label ?label }
                OPTIONAL { ?p esm:nameAsWritten ?asWritten }
                OPTIONAL { ?p esm:surname ?surname }
                OPTIONAL { ?p esm:givenName ?given }
                OPTIONAL { ?p esm:patronymic ?patronymic }
                OPTIONAL { ?p esm:nameVariant ?variant }
                OPTIONAL { ?p prov:wasDerivedFrom ?record }
                OPTIONAL { ?p esm:gender ?gender }
                OPTIONAL { ?p esm:birthYear ?birthYear }
                OPTIONAL { ?p esm:birthPlace ?birthPlace }
                OPTIONAL { ?p esm:birthPlaceText ?birthPlaceText }
                OPTIONAL { ?p esm:nationality ?nationality }
                OPTIONAL { ?p esm:nationalityText ?nationalityText }
              }
              FILTER (!STRSTARTS(STR(?g), ?linksets))
            }""";
    private static final String EVENTS = """
            SELECT ?p ?type ?date ?organ ?organText
            WHERE {
              GRAPH ?g {
                ?e esm:person ?p ; esm:eventType ?type .
                FILTER (?type IN (?arrest, ?sentence))
                OPTIONAL { ?e esm:date ?date }
                OPTIONAL { ?e esm:organ ?organ }
                OPTIONAL { ?e esm:organText ?organText }
              }
              FILTER (!STRSTARTS(STR(?g), ?linksets))
            }""";

    private final String base;

    /** @param base the data base IRI: graphs under {@code {base}graph/linkset/} are skipped */
    public PersonFactsReader(String base) {
        this.base = base;
    }

    /** Every person, in IRI order. */
    public List<PersonFacts> read(Dataset dataset) {
        Map<String, Builder> persons = new TreeMap<>();
        Txn.executeRead(dataset, () -> {
            select(dataset, PERSONS, row -> persons.computeIfAbsent(row.getResource("p").getURI(), Builder::new).person(row));
            select(dataset, EVENTS, row -> {
                Builder b = persons.get(row.getResource("p").getURI());
                if (b != null) b.event(row);
            });
        });
        List<PersonFacts> out = new ArrayList<>(persons.size());
        persons.values().forEach(b -> out.add(b.build()));
        return out;
    }

    private void select(Dataset dataset, String text, Consumer<QuerySolution> each) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(text);
        q.setNsPrefix("esm", Esm.NS);
        q.setNsPrefix("rdfs", org.apache.jena.vocabulary.RDFS.getURI());
        q.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        q.setLiteral("linksets", base + "graph/linkset/");
        q.setIri("arrest", Vocab.NS + "event-type/arrest");
        q.setIri("sentence", Vocab.NS + "event-type/sentence");
        try (QueryExecution qe = QueryExecution.create(q.asQuery(), dataset)) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(each);
        }
    }

    private static final class Builder {
        final String iri;
        String label, asWritten, surname, given, patronymic, gender, birthPlace, nationality;
        Integer birthYear;
        final Set<String> variants = new LinkedHashSet<>(), records = new LinkedHashSet<>(),
                arrests = new LinkedHashSet<>(), sentences = new LinkedHashSet<>(), organs = new LinkedHashSet<>();

        Builder(String iri) { this.iri = iri; }

        void person(QuerySolution row) {
            label = first(label, row, "label");
            asWritten = first(asWritten, row, "asWritten");
            surname = first(surname, row, "surname");
            given = first(given, row, "given");
            patronymic = first(patronymic, row, "patronymic");
            gender = first(gender, row, "gender");
            // IRIs win over text: a resolved place or nationality compares exactly
            birthPlace = first(first(birthPlace, row, "birthPlace"), row, "birthPlaceText");
            nationality = first(first(nationality, row, "nationality"), row, "nationalityText");
            add(variants, row, "variant");
            add(records, row, "record");
            if (birthYear == null && row.contains("birthYear") && row.get("birthYear").isLiteral()) {
                try {
                    birthYear = row.getLiteral("birthYear").getInt();
                } catch (RuntimeException notAnInteger) {
                    // a malformed year counts as no year
                }
            }
        }

        void event(QuerySolution row) {
            boolean arrest = row.getResource("type").getURI().endsWith("/arrest");
            add(arrest ? arrests : sentences, row, "date");
            if (!arrest) {
                if (row.contains("organ")) add(organs, row, "organ");
                else add(organs, row, "organText");
            }
        }

        PersonFacts build() {
            String name = label != null ? label : asWritten != null ? asWritten : "";
            NameParts parts = surname != null || given != null || patronymic != null
                    ? NameParts.of(surname, given, patronymic, variants)
                    : NameParts.parse(asWritten != null ? asWritten : name);
            java.util.Set<String> blockKeys = surname != null
                    ? BlockKeys.of(NameParts.of(surname, null, null, variants).core(), parts.core())
                    : BlockKeys.anyOrder(parts.core());
            return new PersonFacts(iri, name, parts, blockKeys, records, gender, birthYear, birthPlace,
                    nationality, arrests, sentences, organs);
        }

        private static String first(String current, QuerySolution row, String var) {
            if (current != null || !row.contains(var)) return current;
            return text(row.get(var));
        }

        private static void add(Set<String> set, QuerySolution row, String var) {
            if (row.contains(var)) set.add(text(row.get(var)));
        }

        private static String text(RDFNode n) {
            return n.isURIResource() ? n.asResource().getURI() : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
        }
    }
}
