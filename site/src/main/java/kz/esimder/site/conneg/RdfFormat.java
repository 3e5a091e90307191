package kz.esimder.site.conneg;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The RDF serialisations a data document comes in, with their file extensions and media types. */
public enum RdfFormat {
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY, Lang.TURTLE),
    JSONLD("jsonld", "application/ld+json", RDFFormat.JSONLD11, Lang.JSONLD),
    RDFXML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PRETTY, Lang.RDFXML),
    NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES_UTF8, Lang.NTRIPLES);

    private final String extension;
    private final String mediaType;
    private final RDFFormat writerFormat;
    private final Lang lang;

    RdfFormat(String extension, String mediaType, RDFFormat writerFormat, Lang lang) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.writerFormat = writerFormat;
        this.lang = lang;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public RDFFormat writerFormat() {
        return writerFormat;
    }

    public Lang lang() {
        return lang;
    }

    public static Optional<RdfFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }
}
