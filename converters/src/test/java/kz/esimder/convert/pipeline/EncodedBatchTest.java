package kz.esimder.convert.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kz.esimder.convert.map.MappedRecord;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.junit.jupiter.api.Test;

/** A batch's bytes hold exactly the records that were not taken out, in the order they were added. */
class EncodedBatchTest {
    private static final Node G = NodeFactory.createURI("http://localhost:8080/graph/t");
    private static final Node P = NodeFactory.createURI("https://w3id.org/esimder/ontology#verbatim");

    private static MappedRecord record(int i) {
        Node s = NodeFactory.createURI("http://localhost:8080/id/record/t-" + i);
        return new MappedRecord(G, List.of(Triple.create(s, P, NodeFactory.createLiteralString("запись " + i + "\n")),
                Triple.create(s, P, NodeFactory.createLiteralString("ә".repeat(i)))));
    }

    /** The records' quads as the N-Quads writer writes them, given one by one. */
    private static String written(int... records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF writer = NQuadsOutput.writer(out);
        for (int i : records) {
            BatchWriter.write(record(i), writer);
        }
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String kept(int records, Set<Integer> without) throws IOException {
        EncodedBatch batch = new EncodedBatch(new QuadEncoder(), new EncodedQuads(16));
        for (int i = 0; i < records; i++) {
            batch.add(record(i));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        batch.without(without).writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void allRecordsWhenNoneIsTakenOut() throws IOException {
        assertThat(kept(4, Set.of())).isEqualTo(written(0, 1, 2, 3));
    }

    @Test
    void takesOutTheFirstTheLastAndNeighbours() throws IOException {
        assertThat(kept(6, Set.of(0, 2, 3, 5))).isEqualTo(written(1, 4));
        assertThat(kept(3, Set.of(1))).isEqualTo(written(0, 2));
    }

    @Test
    void nothingWhenAllAreTakenOut() throws IOException {
        assertThat(kept(3, Set.of(2, 0, 1))).isEmpty();
    }

    /** More records than a batch usually has: the table of where they start grows. */
    @Test
    void moreRecordsThanABatch() throws IOException {
        int n = ConversionPipeline.BATCH + 3;
        int[] odd = IntStream.range(0, n).filter(i -> i % 2 == 1).toArray();
        Set<Integer> even = IntStream.range(0, n).filter(i -> i % 2 == 0).boxed()
                .collect(Collectors.toSet());
        assertThat(kept(n, even)).isEqualTo(written(odd));
    }
}
