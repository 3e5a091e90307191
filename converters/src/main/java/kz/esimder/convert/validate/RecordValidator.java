package kz.esimder.convert.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import kz.esimder.convert.map.MappedRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;

/**
 * Validates one record at a time against the SHACL shapes. The shapes are compiled once; each
 * record's graph is its own triples plus the source's description and the descriptions of the
 * concepts it refers to, so validating a record costs the size of the record, not of the data.
 * Only its own resources are focus nodes: the concepts are checked by the ontology's own tests.
 */
public final class RecordValidator {
    private final Shapes shapes;
    private final ReferenceData reference;

    /**
     * @param shapes    the shapes graph (ontology/shapes.ttl)
     * @param reference the ontology and vocabularies the records refer to
     */
    public RecordValidator(Graph shapes, Graph reference) {
        this.shapes = Shapes.parse(shapes);
        this.reference = new ReferenceData(reference);
    }

    /**
     * @param record  the record's triples
     * @param context triples every record of the source may refer to (the source's description)
     * @return the violations; empty when the record conforms
     */
    public List<Violation> validate(MappedRecord record, MappedRecord context) {
        Graph g = GraphFactory.createGraphMem();
        addWithReferences(g, record.triples());
        addWithReferences(g, context.triples());
        List<Violation> out = new ArrayList<>();
        for (Node focus : record.subjects()) {
            ValidationReport report = ShaclValidator.get().validate(shapes, g, focus);
            for (ReportEntry e : report.getEntries()) {
                if (Severity.Violation.equals(e.severity())) {
                    out.add(new Violation(e.focusNode().toString(), pathText(e.resultPath()), message(e)));
                }
            }
        }
        return out;
    }

    /** Validates a source's own description (done once per source, before its records). */
    public List<Violation> validateSource(MappedRecord source) {
        return validate(source, new MappedRecord(source.graphName(), List.of()));
    }

    private void addWithReferences(Graph g, List<Triple> triples) {
        for (Triple t : triples) {
            g.add(t);
            if (t.getObject().isURI()) {
                reference.closureOf(t.getObject()).forEach(g::add);
            }
        }
    }

    private static String pathText(Path path) {
        return path == null ? null : path.toString();
    }

    /** The shape's sh:message in English if there is one, else any, else Jena's own wording. */
    private static String message(ReportEntry e) {
        Collection<Node> messages = e.messages();
        if (messages != null && !messages.isEmpty()) {
            for (Node m : messages) {
                if (m.isLiteral() && m.getLiteralLanguage().startsWith("en")) {
                    return m.getLiteralLexicalForm();
                }
            }
            Node any = messages.iterator().next();
            return any.isLiteral() ? any.getLiteralLexicalForm() : any.toString();
        }
        return e.message();
    }
}
