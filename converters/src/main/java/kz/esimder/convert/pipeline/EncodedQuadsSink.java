package kz.esimder.convert.pipeline;

/**
 * A sink that also takes quads already encoded in its own format, so that the threads that made
 * the quads can encode them while they are still in their caches, and the one thread that writes
 * only copies bytes. The pipeline asks whether its sink is one; any other {@code StreamRDF} is
 * given the quads themselves.
 */
interface EncodedQuadsSink {

    /** A new encoder, for one thread, that encodes quads as this sink would write them. */
    QuadEncoder encoder();

    /** Writes what one of this sink's encoders encoded, after everything written so far. */
    void write(EncodedQuads quads);
}
