package kz.esimder.convert.link;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import kz.esimder.ontology.Esm;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/**
 * One linkset being written: the link triples, an {@code esm:Match} per scored link, and the
 * {@code void:Linkset} description. The linkset's IRI is its graph name,
 * {@code {base}graph/linkset/{name}}, so the dataset description lists it by listing graphs.
 */
public final class Linkset {
    private final String base;
    private final String name;
    private final Node graphName;
    private final java.util.Set<Node> linkPredicates;
    /** The linkset in memory, or null when it is streamed. */
    private final Graph graph;
    /** Where a streamed linkset goes, as quads of its graph; null when it is held in memory. */
    private final StreamRDF stream;
    /** The link triples already streamed: a link stated twice is counted, and sent, once. */
    private final java.util.Set<Triple> streamedLinks = new java.util.HashSet<>();
    private long links;

    private Linkset(Builder b) {
        this.base = b.base;
        this.name = b.name;
        this.graphName = b.graphName();
        this.stream = b.target;
        this.graph = stream == null ? GraphFactory.createDefaultGraph() : null;
        this.linkPredicates = java.util.Set.copyOf(b.linkPredicates);
        add(graphName, RDF.type.asNode(), VOID.Linkset.asNode());
        add(graphName, VOID.subjectsTarget.asNode(), NodeFactory.createURI(b.subjectsTarget));
        add(graphName, VOID.objectsTarget.asNode(), NodeFactory.createURI(b.objectsTarget));
        b.linkPredicates.forEach(p -> add(graphName, VOID.linkPredicate.asNode(), p));
        add(graphName, DCTerms.created.asNode(), NodeFactory.createLiteralDT(b.created.toString(), XSDDatatype.XSDdate));
        if (b.publisher != null) add(graphName, DCTerms.publisher.asNode(), NodeFactory.createLiteralString(b.publisher));
        if (b.title != null) add(graphName, DCTerms.title.asNode(), NodeFactory.createLiteralString(b.title));
    }

    public static Builder builder(String base, String name) {
        return new Builder(base, name);
    }

    public Node graphName() { return graphName; }

    /** A link without a score (a partner's); counted in {@code void:triples} when its predicate is one of the linkset's. */
    public void link(Node subject, Node predicate, Node object) {
        boolean isNew = stream != null ? streamedLinks.add(Triple.create(subject, predicate, object))
                : !graph.contains(subject, predicate, object);
        if (isNew) {
            add(subject, predicate, object);
            if (linkPredicates.contains(predicate)) links++;
        }
    }

    /** A link and its {@code esm:Match}. */
    public void link(Node subject, Node predicate, Node object, Evidence evidence) {
        link(subject, predicate, object);
        describe(Esm.Match.asNode(), subject, object, evidence);
    }

    /** An {@code esm:PossibleMatch} awaiting review: no link triple. */
    public void possibleMatch(Node a, Node b, Evidence evidence) {
        Node m = describe(Esm.PossibleMatch.asNode(), a, b, evidence);
        add(m, Esm.reviewStatus.asNode(), NodeFactory.createLiteralString("pending"));
    }

    /** Any other statement the linkset carries (a survivor's derived-from records). */
    public void add(Node s, Node p, Node o) {
        if (stream != null) stream.quad(Quad.create(graphName, s, p, o));
        else graph.add(Triple.create(s, p, o));
    }

    /** The graph, with {@code void:triples} counting the link triples. Not for a streamed linkset: see {@link #finish()}. */
    public Graph graph() {
        if (stream != null) throw new IllegalStateException("linkset " + name + " is streamed, not held: call finish()");
        graph.remove(graphName, VOID.triples.asNode(), Node.ANY);
        add(graphName, VOID.triples.asNode(), voidTriples());
        return graph;
    }

    /** Sends a linkset held in memory, as quads of its graph. */
    public void writeTo(StreamRDF out) {
        graph().find().forEachRemaining(t -> out.quad(Quad.create(graphName, t)));
    }

    /** Ends a streamed linkset: sends its {@code void:triples}, the count of its link triples. */
    public void finish() {
        if (stream == null) throw new IllegalStateException("linkset " + name + " is held in memory: call graph()");
        add(graphName, VOID.triples.asNode(), voidTriples());
    }

    private Node voidTriples() {
        return NodeFactory.createLiteralDT(Long.toString(links), XSDDatatype.XSDinteger);
    }

    public long links() { return links; }

    private Node describe(Node type, Node subject, Node object, Evidence e) {
        Node m = NodeFactory.createURI(base + "id/match/" + name + "-" + digest(subject.getURI() + " " + object.getURI()));
        add(m, RDF.type.asNode(), type);
        add(m, Esm.matchSubject.asNode(), subject);
        add(m, Esm.matchObject.asNode(), object);
        String score = new BigDecimal(e.score()).setScale(3, RoundingMode.HALF_UP).toPlainString();
        add(m, Esm.matchScore.asNode(), NodeFactory.createLiteralDT(score, XSDDatatype.XSDdecimal));
        add(m, Esm.matchMethod.asNode(), NodeFactory.createLiteralString(e.method()));
        add(m, Esm.matchExplanation.asNode(), NodeFactory.createLiteralString(e.explanation()));
        e.agreed().forEach(f -> add(m, Esm.agreesOn.asNode(), NodeFactory.createLiteralString(f)));
        e.disagreed().forEach(f -> add(m, Esm.disagreesOn.asNode(), NodeFactory.createLiteralString(f)));
        return m;
    }

    /** 16 hex digits of SHA-256: a deterministic, IRI-safe key for a pair. */
    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static final class Builder {
        private final String base;
        private final String name;
        private String subjectsTarget;
        private String objectsTarget;
        private final java.util.List<Node> linkPredicates = new java.util.ArrayList<>();
        private String publisher;
        private String title;
        private LocalDate created = LocalDate.now(java.time.ZoneOffset.UTC);
        private StreamRDF target;

        private Builder(String base, String name) {
            this.base = base;
            this.name = name;
        }

        /** The linkset's graph name, {@code {base}graph/linkset/{name}}. */
        public Node graphName() {
            return NodeFactory.createURI(base + "graph/linkset/" + name);
        }

        /**
         * Sends the linkset, as quads of its graph, to this stream (a write transaction or the TDB2
         * bulk loader, see {@link LinkWriter}) instead of holding it in memory: for linksets that
         * grow with the data. End it with {@link Linkset#finish()}.
         */
        public Builder into(StreamRDF target) { this.target = Objects.requireNonNull(target, "target"); return this; }
        public Builder subjectsTarget(String iri) { this.subjectsTarget = iri; return this; }
        public Builder objectsTarget(String iri) { this.objectsTarget = iri; return this; }
        /** The link predicate; call again for a linkset of several (a partner's sameAs and exactMatch). */
        public Builder linkPredicate(Node predicate) { this.linkPredicates.add(Objects.requireNonNull(predicate, "predicate")); return this; }
        public Builder publisher(String publisher) { this.publisher = publisher; return this; }
        public Builder title(String title) { this.title = title; return this; }
        public Builder created(LocalDate created) { this.created = created; return this; }

        public Linkset build() {
            if (base == null || !base.matches("https?://\\S+/")) {
                throw new IllegalArgumentException("base must be an http(s) IRI ending in '/': '" + base + "'");
            }
            if (name == null || !name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException("linkset name must be [a-z0-9-]: '" + name + "'");
            }
            if (subjectsTarget == null || !subjectsTarget.matches("https?://\\S+")) {
                throw new IllegalArgumentException("subjectsTarget must be an http(s) IRI: '" + subjectsTarget + "'");
            }
            if (objectsTarget == null || !objectsTarget.matches("https?://\\S+")) {
                throw new IllegalArgumentException("objectsTarget must be an http(s) IRI: '" + objectsTarget + "'");
            }
            if (linkPredicates.isEmpty()) throw new IllegalArgumentException("a linkset needs a link predicate");
            Objects.requireNonNull(created, "created");
            return new Linkset(this);
        }
    }
}
