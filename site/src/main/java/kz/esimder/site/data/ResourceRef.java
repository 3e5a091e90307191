package kz.esimder.site.data;

/**
 * A resource this site serves: a data resource ({@code id/{type}/{key}}), a vocabulary scheme or
 * concept, or the ontology (or one of its terms). Knows its page and data document paths.
 */
public record ResourceRef(Kind kind, String type, String key, String iri) {
    public enum Kind { DATA, VOCAB, ONTOLOGY }

    static ResourceRef data(String type, String key, String iri) {
        return new ResourceRef(Kind.DATA, type, key, iri);
    }

    /** {@code type} is the scheme, {@code key} the concept (null for the scheme itself). */
    static ResourceRef vocab(String scheme, String concept, String iri) {
        return new ResourceRef(Kind.VOCAB, scheme, concept, iri);
    }

    static ResourceRef ontology(String iri) {
        return new ResourceRef(Kind.ONTOLOGY, null, null, iri);
    }

    /** The path after {@code /page/} or {@code /data/}: {@code person/key}, {@code vocab/organ/x}. */
    public String docPath() {
        return switch (kind) {
            case DATA -> type + "/" + Iris.segment(key);
            case VOCAB -> key == null ? "vocab/" + type : "vocab/" + type + "/" + key;
            case ONTOLOGY -> "ontology";
        };
    }

    public String idPath() {
        return switch (kind) {
            case DATA -> "/id/" + docPath();
            case VOCAB -> "/" + docPath();
            case ONTOLOGY -> "/ontology";
        };
    }

    public String pagePath() {
        if (kind == Kind.ONTOLOGY) {
            int hash = iri.indexOf('#');
            return "/page/ontology" + (hash >= 0 && hash < iri.length() - 1 ? iri.substring(hash) : "");
        }
        return "/page/" + docPath();
    }

    public String dataPath(String extension) {
        return "/data/" + docPath() + "." + extension;
    }
}
