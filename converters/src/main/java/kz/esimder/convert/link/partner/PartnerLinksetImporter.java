package kz.esimder.convert.link.partner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.esimder.convert.link.Linkset;
import kz.esimder.convert.link.LinksetStore;
import kz.esimder.convert.link.LinksetTargets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * {@code esimder import-links FILE}: validates a partner archive's linkset and writes what passes
 * into its own graph {@code {base}graph/linkset/partner-{key}}, described in VoID with the partner
 * as publisher. N-Triples is read line by line, so every rejected line is reported by number and the
 * rest still imports; Turtle and RDF/XML are parsed whole (a syntax error is reported with its line
 * and nothing is imported: a half-read file would be a silently shortened linkset).
 */
public final class PartnerLinksetImporter {
    private final String base;
    private final String partnerKey;
    private final String publisher;
    private final String partnerDataset;

    /**
     * @param partnerKey     {@code [a-z0-9-]}: the graph is {@code partner-{key}}
     * @param publisher      the partner's name, written as {@code dcterms:publisher}
     * @param partnerDataset the partner's dataset IRI (void:objectsTarget), or null for {@code {base}id/partner/{key}}
     */
    public PartnerLinksetImporter(String base, String partnerKey, String publisher, String partnerDataset) {
        Objects.requireNonNull(partnerKey, "partnerKey");
        if (!partnerKey.matches("[a-z0-9]+(-[a-z0-9]+)*")) throw new IllegalArgumentException("partner key must be [a-z0-9-]: '" + partnerKey + "'");
        if (publisher == null || publisher.isBlank()) throw new IllegalArgumentException("the partner's publisher name is required");
        this.base = base;
        this.partnerKey = partnerKey;
        this.publisher = publisher.strip();
        this.partnerDataset = partnerDataset != null ? partnerDataset : base + "id/partner/" + partnerKey;
    }

    public ImportReport importFile(Path file, Dataset dataset) throws IOException {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString(), Lang.NTRIPLES);
        List<Rejection> rejected = new ArrayList<>();
        List<Triple> accepted = new ArrayList<>();
        LinkTripleRule rule = new LinkTripleRule(base);
        if (lang.equals(Lang.NTRIPLES) || lang.equals(Lang.NQUADS)) {
            readLineByLine(file, lang, rule, accepted, rejected);
        } else {
            try (InputStream in = Files.newInputStream(file)) {
                readWhole(in, lang, rule, accepted, rejected);
            } catch (RiotException syntax) {
                accepted.clear(); // already reported by the error handler, with its line
            }
        }
        Set<Node> predicates = new LinkedHashSet<>();
        accepted.forEach(t -> predicates.add(t.getPredicate()));
        Linkset.Builder b = Linkset.builder(base, "partner-" + partnerKey).subjectsTarget(LinksetTargets.ours(base))
                .objectsTarget(partnerDataset).publisher(publisher).title("Links from " + publisher);
        if (predicates.isEmpty()) b.linkPredicate(org.apache.jena.vocabulary.OWL2.sameAs.asNode());
        predicates.forEach(b::linkPredicate);
        Linkset ls = b.build();
        accepted.forEach(t -> ls.link(t.getSubject(), t.getPredicate(), t.getObject()));
        LinksetStore.replace(dataset, ls);
        return new ImportReport(ls.graphName().getURI(), ls.links(), rejected);
    }

    private static void readLineByLine(Path file, Lang lang, LinkTripleRule rule, List<Triple> accepted, List<Rejection> rejected)
            throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            long line = 0;
            while ((text = r.readLine()) != null) {
                line++;
                String trimmed = text.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
                List<Triple> triples = new ArrayList<>();
                try {
                    RDFParser.fromString(text, lang).errorHandler(QUIET).parse(new Collect(triples));
                } catch (RiotException e) {
                    rejected.add(new Rejection(line, trimmed, "malformed: " + e.getMessage()));
                    continue;
                }
                for (Triple t : triples) {
                    String reason = rule.reject(t);
                    if (reason == null) accepted.add(t);
                    else rejected.add(new Rejection(line, trimmed, reason));
                }
            }
        }
    }

    private static void readWhole(InputStream in, Lang lang, LinkTripleRule rule, List<Triple> accepted, List<Rejection> rejected) {
        List<Triple> triples = new ArrayList<>();
        ErrorHandler report = new ErrorHandler() {
            @Override public void warning(String message, long line, long col) { rejected.add(new Rejection(line, "", "warning: " + message)); }
            @Override public void error(String message, long line, long col) { rejected.add(new Rejection(line, "", "malformed: " + message)); }
            @Override public void fatal(String message, long line, long col) {
                rejected.add(new Rejection(line, "", "malformed, nothing imported: " + message));
                throw new RiotException(message);
            }
        };
        RDFParser.source(in).lang(lang).errorHandler(report).parse(new Collect(triples));
        for (Triple t : triples) {
            String reason = rule.reject(t);
            if (reason == null) accepted.add(t);
            else rejected.add(new Rejection(0, t.toString(), reason));
        }
    }

    /** Throws on errors so a bad line is one rejection, not a log message. */
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override public void warning(String message, long line, long col) { throw new RiotException(message); }
        @Override public void error(String message, long line, long col) { throw new RiotException(message); }
        @Override public void fatal(String message, long line, long col) { throw new RiotException(message); }
    };

    private static final class Collect extends StreamRDFBase {
        private final List<Triple> triples;

        Collect(List<Triple> triples) { this.triples = triples; }

        @Override public void triple(Triple triple) { triples.add(triple); }

        @Override public void quad(Quad quad) { triples.add(quad.asTriple()); }
    }
}
