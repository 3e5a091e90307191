package kz.esimder.site.person;

import kz.esimder.ontology.Esm;
import kz.esimder.ontology.Vocab;
import kz.esimder.site.data.ScriptSafeJson;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The schema.org {@code Person} embedded in a person page for search engines, built as a JSON tree. */
final class PersonJsonLd {
    private PersonJsonLd() {}

    static String of(Model m, Resource person, String name, String pageUrl, Linker linker) {
        ObjectNode json = ScriptSafeJson.mapper().createObjectNode();
        json.put("@context", "https://schema.org");
        json.put("@type", "Person");
        json.put("@id", person.getURI());
        json.put("url", pageUrl);
        if (name != null) {
            json.put("name", name);
        }
        ArrayNode alternate = json.putArray("alternateName");
        for (var p : java.util.List.of(Esm.nameAsWritten, Esm.nameVariant, Esm.transliteration)) {
            person.listProperties(p).forEach(s -> alternate.add(s.getObject().asLiteral().getLexicalForm()));
        }
        Statement birth = person.getProperty(Esm.birthDate);
        if (birth != null) {
            json.put("birthDate", birth.getObject().asLiteral().getLexicalForm());
        }
        RDFNode place = object(person, Esm.birthPlace);
        String placeText = place != null ? linker.label(place) : text(person, Esm.birthPlaceText);
        if (placeText != null) {
            json.putObject("birthPlace").put("@type", "Place").put("name", placeText);
        }
        String nationality = object(person, Esm.nationality) != null ? linker.label(object(person, Esm.nationality))
                : text(person, Esm.nationalityText);
        if (nationality != null) {
            json.put("nationality", nationality);
        }
        m.listSubjectsWithProperty(Esm.person, person).forEach(e -> {
            Resource type = e.getPropertyResourceValue(Esm.eventType);
            Statement date = e.getProperty(Esm.date);
            if (type != null && date != null && (type.getURI().equals(Vocab.NS + "event-type/execution")
                    || type.getURI().equals(Vocab.NS + "event-type/death-in-custody"))) {
                json.put("deathDate", date.getObject().asLiteral().getLexicalForm());
            }
        });
        ArrayNode sameAs = json.putArray("sameAs");
        person.listProperties(OWL.sameAs).forEach(s -> sameAs.add(s.getObject().toString()));
        return ScriptSafeJson.write(json);
    }

    private static RDFNode object(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s == null ? null : s.getObject();
    }

    private static String text(Resource r, org.apache.jena.rdf.model.Property p) {
        RDFNode o = object(r, p);
        return o != null && o.isLiteral() ? o.asLiteral().getLexicalForm() : null;
    }
}
