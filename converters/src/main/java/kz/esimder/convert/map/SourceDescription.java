package kz.esimder.convert.map;

import java.util.Objects;
import kz.esimder.convert.record.ArchiveReference;
import kz.esimder.ontology.Esm;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The {@code esm:Source} of one input file: its title, file name, and whether it is restricted
 * (kept out of every public surface) or synthetic (made by {@code esimder generate}).
 *
 * @param file             the input file name, no directories
 * @param title            {@code --source-title}, or the file name
 * @param restricted       {@code --restricted}
 * @param synthetic        generated data
 * @param archiveReference the whole source's archive reference, or null
 */
public record SourceDescription(String file, String title, boolean restricted, boolean synthetic,
                                ArchiveReference archiveReference) {

    public SourceDescription {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
    }

    public SourceDescription withSynthetic(boolean synthetic) {
        return new SourceDescription(file, title, restricted, synthetic, archiveReference);
    }

    /** The source's triples, in a fixed order. */
    public MappedRecord map(DataIris iris) {
        Triples t = new Triples();
        Node s = iris.source();
        t.add(s, RDF.type, Esm.Source.asNode());
        t.text(s, DCTerms.title, title);
        t.text(s, Esm.file, file);
        if (restricted) {
            t.add(s, Esm.restricted, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        }
        if (synthetic) {
            t.add(s, Esm.synthetic, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        }
        if (archiveReference != null) {
            RecordMapper.archiveReference(t, s, archiveReference);
        }
        return new MappedRecord(iris.graph(), t.list());
    }
}
