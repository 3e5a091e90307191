package kz.esimder.ontology;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;

/** Reads language-tagged labels off a resource, for the label and definition checks. */
final class Labels {
    static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    private Labels() {}

    /** The languages of the literal values of {@code property}, one entry per value. */
    static List<String> languagesOf(Resource subject, Property property) {
        return subject.listProperties(property).toList().stream()
                .map(s -> s.getObject())
                .filter(RDFNode::isLiteral)
                .map(o -> o.asLiteral().getLanguage())
                .toList();
    }

    /** The languages among kk, ru, en that do not have exactly one non-blank value. */
    static Set<String> missingOrRepeated(Resource subject, Property property, List<String> languages) {
        List<String> found = subject.listProperties(property).toList().stream()
                .filter(s -> s.getObject().isLiteral() && !s.getString().isBlank())
                .map(s -> s.getLanguage())
                .toList();
        return languages.stream()
                .filter(lang -> found.stream().filter(lang::equals).count() != 1)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
