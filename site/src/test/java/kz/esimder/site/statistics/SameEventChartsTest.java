package kz.esimder.site.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import kz.esimder.convert.link.Linking;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * The event charts count an event that two merged records state once: one person in two lists, both
 * stating the arrest, one the sentence; another person in one list. The chart queries
 * ({@code statistics/*.rq}, as linked from the page) run over the union of the graphs, before and
 * after linking.
 */
class SameEventChartsTest {
    private static final String BASE = "http://localhost:8080/";
    private static final String V = "https://w3id.org/esimder/vocab/";

    @Test
    void aMergedPersonsArrestCountsOnceInEveryEventChart() throws IOException {
        Dataset ds = DatasetFactory.createTxnMem();
        try (InputStream in = SameEventChartsTest.class.getResourceAsStream("/statistics-fixture/same-events-input.trig")) {
            Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, in, Lang.TRIG));
        }
        // not linked: each list's arrest counts
        assertThat(chart(ds, "by-year")).isEqualTo(Map.of("1937", 4L));
        assertThat(chart(ds, "by-organ-kind")).isEqualTo(Map.of(V + "organ-kind/security-organ", 3L, V + "organ-kind/troika", 1L));
        assertThat(chart(ds, "by-region")).isEqualTo(Map.of(V + "place/karaganda", 3L));

        Linking.Summary linked = Linking.offline(BASE).run(ds);
        assertThat(linked.dedup().survivors()).hasSize(1);

        // the merged person's arrest once; the other person's arrest and the sentence one list states, as before
        assertThat(chart(ds, "by-year")).isEqualTo(Map.of("1937", 3L));
        assertThat(chart(ds, "by-organ-kind")).isEqualTo(Map.of(V + "organ-kind/security-organ", 2L, V + "organ-kind/troika", 1L));
        assertThat(chart(ds, "by-sentence-kind")).isEqualTo(Map.of(V + "sentence-kind/camp", 1L));
        assertThat(chart(ds, "by-region")).isEqualTo(Map.of(V + "place/karaganda", 2L));
    }

    /** The chart's query, parsed as the site serves it, over the union of the dataset's graphs: key → count. */
    private static Map<String, Long> chart(Dataset ds, String chart) throws IOException {
        String text;
        try (InputStream in = SameEventChartsTest.class.getResourceAsStream("/statistics/" + chart + ".rq")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Model union = ModelFactory.createDefaultModel();
        Txn.executeRead(ds, () -> union.add(ModelFactory.createModelForGraph(ds.asDatasetGraph().getUnionGraph())));
        Map<String, Long> counts = new TreeMap<>();
        try (QueryExecution qe = QueryExecution.create(QueryFactory.create(text), union)) {
            qe.execSelect().forEachRemaining(row -> {
                var key = row.get("key");
                counts.put(key.isURIResource() ? key.asResource().getURI() : key.asLiteral().getLexicalForm(), row.getLiteral("count").getLong());
            });
        }
        return counts;
    }
}
