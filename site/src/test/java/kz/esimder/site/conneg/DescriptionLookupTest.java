package kz.esimder.site.conneg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kz.esimder.site.data.Iris;
import kz.esimder.site.data.Paging;
import kz.esimder.site.data.RdfStore;
import kz.esimder.site.data.ResourceRef;
import org.apache.jena.query.ParameterizedSparqlString;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A data document is read by index lookups on a local store ({@link DescriptionLookup}) and by SPARQL on
 * a remote one: over the demo dataset both give the same graph for every person, event, record and
 * source, for vocabulary concepts and schemes, and page by page for inbound links.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DescriptionLookupTest {
    @Autowired
    RdfStore store;
    @Autowired
    ResourceDescription description;
    @Autowired
    Iris iris;

    @Test
    void indexLookupsDescribeWhatTheSparqlDescribes() {
        List<ResourceRef> refs = new ArrayList<>();
        for (var row : store.select(new ParameterizedSparqlString("""
                SELECT DISTINCT ?x WHERE { { ?x a ?type } UNION { ?x <http://www.w3.org/2004/02/skos/core#inScheme> ?scheme }
                  UNION { ?c <http://www.w3.org/2004/02/skos/core#inScheme> ?x } } ORDER BY ?x"""))) {
            if (row.get("x").isURIResource()) {
                iris.parse(row.getResource("x").getURI()).ifPresent(refs::add);
            }
        }
        assertThat(refs.stream().map(ResourceRef::type).distinct()).contains("person", "event", "record", "source", "organ");
        assertThat(refs).anyMatch(r -> r.kind() == ResourceRef.Kind.VOCAB && r.key() == null);
        int paged = 0;
        for (ResourceRef ref : refs) {
            var byIndex = description.describe(ref, 1, 500);
            var bySparql = description.bySparql(ref, new Paging(1, 500));
            assertThat(byIndex.model().isIsomorphicWith(bySparql.model())).as(ref.iri()).isTrue();
            assertThat(byIndex.moreInbound()).as(ref.iri()).isEqualTo(bySparql.moreInbound());
            if (description.bySparql(ref, new Paging(2, 2)).moreInbound()) {
                paged++;
                for (int page = 2; page <= 4; page++) {
                    var a = description.describe(ref, page, 2);
                    var b = description.bySparql(ref, new Paging(page, 2));
                    assertThat(a.model().isIsomorphicWith(b.model())).as(ref.iri() + " page " + page).isTrue();
                    assertThat(a.moreInbound()).as(ref.iri() + " page " + page).isEqualTo(b.moreInbound());
                }
            }
        }
        assertThat(paged).as("resources with more than one page of inbound links").isPositive();
    }
}
