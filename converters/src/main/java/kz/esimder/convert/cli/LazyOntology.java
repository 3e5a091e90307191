package kz.esimder.convert.cli;

import java.util.function.Supplier;
import kz.esimder.convert.pipeline.OntologyResources;

/** The classpath ontology, loaded once, when a command first needs it. */
final class LazyOntology implements Supplier<OntologyResources> {
    private OntologyResources loaded;

    @Override
    public synchronized OntologyResources get() {
        if (loaded == null) {
            loaded = OntologyResources.fromClasspath();
        }
        return loaded;
    }
}
