package kz.esimder.convert.pipeline;

import java.util.Arrays;
import java.util.Collection;
import kz.esimder.convert.map.MappedRecord;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The N-Quads of a batch's records, each encoded as soon as it is mapped, while its quads are
 * still in the worker's cache (encoded after the batch's validation, they had been pushed out by
 * the other records and cost a cache miss a term). The records that turn out not to conform are
 * taken out again: few ever are.
 */
final class EncodedBatch {
    private final QuadEncoder encoder;
    private final EncodedQuads bytes;
    /** Where each record's bytes start, in the order they were added. */
    private int[] starts = new int[ConversionPipeline.BATCH + 1];
    private int records;

    /** @param bytes empty; the batch's bytes are written into it */
    EncodedBatch(QuadEncoder encoder, EncodedQuads bytes) {
        if (bytes.length() != 0) {
            throw new IllegalArgumentException("the bytes of a new batch must start empty");
        }
        this.encoder = encoder;
        this.bytes = bytes;
    }

    void add(MappedRecord mapped) {
        if (records == starts.length) {
            starts = Arrays.copyOf(starts, 2 * records);
        }
        starts[records++] = bytes.length();
        Node g = mapped.graphName();
        for (Triple t : mapped.triples()) {
            encoder.quad(t.getSubject(), t.getPredicate(), t.getObject(), g, bytes);
        }
    }

    /** Takes out the quads of the records added {@code indices}-th (from 0), and returns the bytes of the others. */
    EncodedQuads without(Collection<Integer> indices) {
        int[] sorted = indices.stream().mapToInt(Integer::intValue).sorted().toArray();
        for (int k = sorted.length - 1; k >= 0; k--) { // from the last, so the earlier ones' offsets hold
            int i = sorted[k];
            bytes.remove(starts[i], i + 1 < records ? starts[i + 1] : bytes.length());
        }
        return bytes;
    }
}
