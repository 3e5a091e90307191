package kz.esimder.ontology;

import java.io.InputStream;
import java.util.Iterator;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** The hand-written example dataset (src/test/resources/example-data.trig), one named graph per source. */
final class ExampleData {
    static final String RESOURCE = "example-data.trig";
    static final String ID = "http://localhost:8080/id/";

    private ExampleData() {}

    static Dataset dataset() {
        Dataset dataset = DatasetFactory.create();
        try (InputStream in = ExampleData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            RDFParser.create().source(in).lang(Lang.TRIG).parse(dataset);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dataset;
    }

    /** Every named graph merged: what the public endpoint's union default graph shows. */
    static Model union() {
        Dataset dataset = dataset();
        Model union = ModelFactory.createDefaultModel();
        union.add(dataset.getDefaultModel());
        for (Iterator<org.apache.jena.rdf.model.Resource> names = dataset.listModelNames(); names.hasNext(); ) {
            union.add(dataset.getNamedModel(names.next()));
        }
        return union;
    }
}
