package kz.esimder.convert.link.out;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;

/** Folds result rows (one per item and label, OPTIONAL columns repeated) into one candidate per item. */
final class Candidates {
    private final Map<String, Row> byItem = new LinkedHashMap<>();

    void add(QuerySolution row, Coordinates coordinates, String geonamesId, Integer birthYear) {
        String iri = row.getResource("item").getURI();
        Row r = byItem.computeIfAbsent(iri, k -> new Row());
        r.labels.add(row.getLiteral("label").getLexicalForm());
        if (r.coordinates == null) r.coordinates = coordinates;
        if (r.geonamesId == null) r.geonamesId = geonamesId;
        if (r.birthYear == null) r.birthYear = birthYear;
    }

    List<Candidate> list() {
        List<Candidate> out = new ArrayList<>();
        byItem.forEach((iri, r) -> out.add(new Candidate(iri, r.labels, r.coordinates, r.geonamesId, r.birthYear)));
        return out;
    }

    private static final class Row {
        final Set<String> labels = new LinkedHashSet<>();
        Coordinates coordinates;
        String geonamesId;
        Integer birthYear;
    }
}
