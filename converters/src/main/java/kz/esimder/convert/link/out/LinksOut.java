package kz.esimder.convert.link.out;

import java.util.ArrayList;
import java.util.List;
import kz.esimder.convert.link.Linkset;
import kz.esimder.convert.link.LinksetStore;
import kz.esimder.convert.link.LinksetTargets;
import kz.esimder.ontology.Vocab;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.SKOS;

/**
 * The links out, each its own linkset graph: {@code wikidata} (places, organs and camps,
 * {@code skos:exactMatch}), {@code wikidata-people} (persons, {@code owl:sameAs}) and
 * {@code geonames} (places, {@code skos:exactMatch}). An endpoint left null is skipped.
 */
public final class LinksOut {
    public static final String WIKIDATA = "wikidata";
    public static final String WIKIDATA_PEOPLE = "wikidata-people";
    public static final String GEONAMES = "geonames";
    private static final String VOCAB_DATASET = "https://w3id.org/esimder/vocab/";

    private final SparqlEndpoint wikidata;
    private final SparqlEndpoint geonames;

    public LinksOut(SparqlEndpoint wikidata, SparqlEndpoint geonames) {
        this.wikidata = wikidata;
        this.geonames = geonames;
    }

    /** Reconciles the vocabularies and the persons of the dataset; writes the linksets into it. */
    public List<Linkset> run(Dataset dataset, Model vocabularies, String base) {
        List<Linkset> written = new ArrayList<>();
        if (wikidata != null) {
            Linkset concepts = Linkset.builder(base, WIKIDATA).subjectsTarget(VOCAB_DATASET).objectsTarget(LinksetTargets.WIKIDATA)
                    .linkPredicate(SKOS.exactMatch.asNode()).title("Esimder places, organs and camps in Wikidata").build();
            ConceptReconciler.wikidata(wikidata).reconcile(vocabularies,
                    List.of(scheme(Vocab.PLACE), scheme(Vocab.ORGAN), scheme(Vocab.CAMP)), concepts);
            written.add(concepts);
            Linkset people = Linkset.builder(base, WIKIDATA_PEOPLE).subjectsTarget(LinksetTargets.ours(base))
                    .objectsTarget(LinksetTargets.WIKIDATA).linkPredicate(OWL2.sameAs.asNode()).title("Esimder persons in Wikidata").build();
            new PeopleReconciler(wikidata).reconcile(new PersonsToLinkReader(base).read(dataset), people);
            written.add(people);
        }
        if (geonames != null) {
            Linkset places = Linkset.builder(base, GEONAMES).subjectsTarget(VOCAB_DATASET).objectsTarget(LinksetTargets.GEONAMES)
                    .linkPredicate(SKOS.exactMatch.asNode()).title("Esimder places in GeoNames").build();
            ConceptReconciler.geonames(geonames).reconcile(vocabularies, List.of(scheme(Vocab.PLACE)), places);
            written.add(places);
        }
        written.forEach(ls -> LinksetStore.replace(dataset, ls));
        return written;
    }

    private static String scheme(String name) {
        return Vocab.NS + name;
    }
}
