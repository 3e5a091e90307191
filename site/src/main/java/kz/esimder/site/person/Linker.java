package kz.esimder.site.person;

import java.util.Map;
import kz.esimder.site.data.Iris;
import kz.esimder.site.person.PersonPage.Link;
import org.apache.jena.rdf.model.RDFNode;

/** Turns an RDF node into something a page shows: a labelled link for IRIs, the text of a literal. */
record Linker(Map<String, String> labels, Iris iris) {

    Link link(RDFNode node) {
        if (node.isURIResource()) {
            String iri = node.asResource().getURI();
            String page = iris.pageOf(iri);
            return new Link(labels.getOrDefault(iri, localName(iri)), page != null ? page : iri);
        }
        if (node.isLiteral()) {
            return new Link(node.asLiteral().getLexicalForm(), null);
        }
        return new Link("", null);
    }

    String label(RDFNode node) {
        return node == null ? null : link(node).text();
    }

    private static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
