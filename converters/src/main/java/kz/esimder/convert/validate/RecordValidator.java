package kz.esimder.convert.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.esimder.convert.map.MappedRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;

/**
 * Validates records against the SHACL shapes, one record or a batch of records at a time. The
 * shapes are compiled once; a record's graph is its own triples plus the source's description and
 * the descriptions of the concepts it refers to, so validation costs the size of the records, not
 * of the data or the vocabularies. Records share no resources but the source and the concepts, so
 * validating a batch of them together gives each the same result as validating it alone, and is
 * several times faster (Jena's per-call cost, SPARQL constraints above all, is paid once per batch).
 * The SPARQL constraints, the «concept of this scheme» constraints and the SHACL Core constraints
 * are compiled out of the shapes and run over the whole batch at once ({@link BatchSparqlConstraints},
 * {@link BatchSchemeConstraints}, {@link BatchCoreConstraints}), over the batch's triples indexed
 * for their look-ups ({@link BatchData}); Jena validates whatever they do not understand, over the
 * same triples as a Jena graph, built only then.
 */
public final class RecordValidator {
    private final Shapes shapes;
    private final BatchSparqlConstraints sparql;
    private final BatchSchemeConstraints schemes;
    private final BatchCoreConstraints core;
    private final ReferenceData reference;

    /**
     * @param shapes    the shapes graph (ontology/shapes.ttl)
     * @param reference the ontology and vocabularies the records refer to
     */
    public RecordValidator(Graph shapes, Graph reference) {
        this(shapes, reference, true);
    }

    /**
     * @param compiled false to have Jena's SHACL engine validate everything: the oracle the tests
     *                 hold the compiled constraints to
     */
    RecordValidator(Graph shapes, Graph reference, boolean compiled) {
        Graph empty = GraphFactory.createGraphMem();
        this.sparql = new BatchSparqlConstraints(compiled ? shapes : empty);
        this.schemes = new BatchSchemeConstraints(compiled ? sparql.remainingShapes() : empty);
        this.core = new BatchCoreConstraints(compiled ? schemes.remainingShapes() : empty);
        this.shapes = Shapes.parse(compiled ? core.remainingShapes() : shapes);
        this.reference = new ReferenceData(reference);
    }

    /**
     * @param record  the record's triples
     * @param context triples every record of the source may refer to (the source's description)
     * @return the violations; empty when the record conforms
     */
    public List<Violation> validate(MappedRecord record, MappedRecord context) {
        return validateBatch(List.of(record), context).getOrDefault(0, List.of());
    }

    /**
     * Validates several records together.
     *
     * @return for each record, by its index in {@code records}, its violations; absent when it conforms
     */
    public Map<Integer, List<Violation>> validateBatch(List<MappedRecord> records, MappedRecord context) {
        BatchData data = BatchData.of(records, context, reference);
        List<Violation> violations = new ArrayList<>(sparql.validate(data));
        violations.addAll(schemes.validate(data));
        violations.addAll(core.validate(data));
        // Most batches conform: ask first, and pay for a full report (an RDF model) only when not.
        if (!shapes.getTargetShapes().isEmpty() && !ShaclValidator.get().conforms(shapes, data.asGraph())) {
            ValidationReport report = ShaclValidator.get().validate(shapes, data.asGraph());
            for (ReportEntry e : report.getEntries()) {
                if (Severity.Violation.equals(e.severity())) {
                    violations.add(new Violation(e.focusNode(), pathText(e.resultPath()), message(e)));
                }
            }
        }
        Map<Integer, List<Violation>> out = new TreeMap<>();
        for (Violation v : violations) {
            Integer i = data.record(v.focus());
            if (i != null) {
                out.computeIfAbsent(i, k -> new ArrayList<>()).add(v);
            } else {
                // Not a record's own node (the source, a concept): nothing in this batch may be written.
                for (int k = 0; k < records.size(); k++) {
                    out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
                }
            }
        }
        return out;
    }

    /** Validates a source's own description (done once per source, before its records). */
    public List<Violation> validateSource(MappedRecord source) {
        return validate(source, new MappedRecord(source.graphName(), List.of()));
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
