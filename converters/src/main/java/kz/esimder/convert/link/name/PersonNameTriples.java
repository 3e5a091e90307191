package kz.esimder.convert.link.name;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.esimder.ontology.Esm;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * The name triples linking adds to a person ({@code esm:nameKey}, {@code esm:transliteration}
 * {@code @ru-Latn} and {@code @kk-Latn}), for the mapper to emit beside the parsed name parts.
 */
public final class PersonNameTriples {
    /** Language tags as Jena writes them (RFC 5646 case: the script in title case). */
    static final String RU_LATN = "ru-Latn";
    static final String KK_LATN = "kk-Latn";

    private PersonNameTriples() {}

    /**
     * @param label    the display label («Агеев Василий Иванович»)
     * @param variants other spellings of the surname (may be empty)
     */
    public static List<Triple> of(Node person, String label, String surname, String givenName, String patronymic,
                                  Collection<String> variants) {
        Set<Triple> out = new LinkedHashSet<>();
        String key = surname == null && givenName == null && patronymic == null
                ? NameKey.of(label, null, null, variants)
                : NameKey.of(surname, givenName, patronymic, variants);
        if (!key.isEmpty()) out.add(Triple.create(person, Esm.nameKey.asNode(), NodeFactory.createLiteralString(key)));
        for (String name : names(label, variants)) {
            String ru = Transliterations.russianLatin(name);
            if (!ru.equals(name)) out.add(Triple.create(person, Esm.transliteration.asNode(), inLanguage(ru, RU_LATN)));
            String kk = Transliterations.kazakhLatin(name);
            if (!kk.equals(name)) out.add(Triple.create(person, Esm.transliteration.asNode(), inLanguage(kk, KK_LATN)));
        }
        return List.copyOf(out);
    }

    /**
     * A literal in a language whose tag is already as Jena formats it: {@code createLiteralLang}
     * parses and formats the tag again for every literal, a tenth of the cost of a person's name
     * triples; without a text direction Jena takes the tag as given.
     */
    static Node inLanguage(String text, String formattedTag) {
        return NodeFactory.createLiteralDirLang(text, formattedTag, Node.noTextDirection);
    }

    private static Set<String> names(String label, Collection<String> variants) {
        Set<String> names = new LinkedHashSet<>();
        names.add(label);
        if (variants != null) names.addAll(variants);
        return names;
    }
}
