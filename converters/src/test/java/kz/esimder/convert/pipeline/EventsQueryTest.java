package kz.esimder.convert.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cookbook query docs/queries/events.rq over the golden memory-book records (converted now)
 * with the vocabularies, as the store holds them: it must return the type, date, organ kind,
 * charges and sentence kind each record states.
 */
class EventsQueryTest {
    private static List<Map<String, String>> rows;

    @BeforeAll
    static void runTheCookbookQuery() throws Exception {
        String query = Files.readString(Path.of("../docs/queries/events.rq"));
        DatasetGraph data = TestConversions.convert(TestConversions.resource("/golden/memorybook.txt"), "events.rq test").quads();
        // The store answers queries over the union of its graphs (data and vocabularies): the same here.
        DatasetGraph store = DatasetGraphFactory.createGeneral();
        data.find().forEachRemaining(q -> store.getDefaultGraph().add(q.asTriple()));
        TestConversions.ontology().reference().find().forEachRemaining(store.getDefaultGraph()::add);
        Dataset ds = DatasetFactory.wrap(store);
        rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, String> row = new TreeMap<>();
                s.varNames().forEachRemaining(v -> {
                    RDFNode n = s.get(v);
                    row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                });
                rows.add(row);
            }
        }
    }

    private static List<Map<String, String>> rowsOf(String event) {
        return rows.stream().filter(r -> r.get("event").equals("http://localhost:8080/id/event/" + event)).toList();
    }

    @Test
    void theSentenceOfTheBalkhashRecord() {
        List<Map<String, String>> sentence = rowsOf("memorybook-14-2");
        assertThat(sentence).extracting(r -> r.get("type")).containsOnly("sentence");
        assertThat(sentence).extracting(r -> r.get("date")).containsOnly("1938-02-25");
        assertThat(sentence).extracting(r -> r.get("organKind")).containsOnly("court");
        assertThat(sentence).extracting(r -> r.get("sentenceKind")).containsOnly("death");
        assertThat(sentence).extracting(r -> r.get("organ")).containsOnly("Верховный суд СССР");
        assertThat(sentence).extracting(r -> r.get("charge")).containsExactlyInAnyOrder("58-10", "58-11");
    }

    @Test
    void theExileWithItsTermAndTheMonthPrecisionRehabilitation() {
        List<Map<String, String>> sentence = rowsOf("memorybook-1-2");
        assertThat(sentence).hasSize(1);
        Map<String, String> s = sentence.get(0);
        assertThat(s).containsEntry("type", "sentence").containsEntry("date", "1932-07-29")
                .containsEntry("organKind", "special-board").containsEntry("sentenceKind", "exile")
                .containsEntry("charge", "58-10");
        assertThat(Double.parseDouble(s.get("termYears"))).isEqualTo(3.0);
        assertThat(rowsOf("memorybook-1-3")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("type", "rehabilitation").containsEntry("date", "1998-07"));
    }

    @Test
    void theKazakhRecordCampAndExecution() {
        assertThat(rowsOf("memorybook-22-2")).extracting(r -> r.get("charge")).containsExactlyInAnyOrder("58-2", "58-8", "58-11");
        assertThat(rowsOf("memorybook-22-2")).extracting(r -> r.get("organKind")).containsOnly("military-collegium");
        assertThat(rowsOf("memorybook-22-3")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("type", "execution").containsEntry("date", "1938-03-19"));
        assertThat(rowsOf("memorybook-9-1")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("charge", "chsir").containsEntry("sentenceKind", "camp"));
        assertThat(rowsOf("memorybook-9-2")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("type", "imprisonment").containsEntry("date", "1940-11-03"));
    }
}
