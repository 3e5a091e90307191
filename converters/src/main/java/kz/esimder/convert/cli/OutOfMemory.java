package kz.esimder.convert.cli;

/** What {@code esimder} says when the JVM's heap is too small for the work: one line, what to do, no stack trace. */
final class OutOfMemory {
    private OutOfMemory() {}

    /** @param maxHeap the heap limit the JVM ran with, in bytes */
    static String message(long maxHeap) {
        return "esimder: out of memory in a heap of " + (maxHeap >> 20) + " MiB; the run stopped."
                + " Give Java a larger heap, e.g. java -Xmx2g -jar esimder.jar …";
    }
}
