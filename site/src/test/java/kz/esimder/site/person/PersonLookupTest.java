package kz.esimder.site.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.esimder.site.data.Iris;
import kz.esimder.site.data.RdfStore;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The person page reads a local store by index lookups ({@link NeighbourhoodLookup}) and a remote one
 * by SPARQL ({@link PersonQueries}): over the demo dataset (merged persons, possible matches, links
 * out) both find the same quads and the same clusters, for every person IRI, retired ones included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonLookupTest {
    @Autowired
    RdfStore store;
    @Autowired
    PersonQueries queries;
    @Autowired
    Iris iris;

    @Test
    void indexLookupsFindWhatTheSparqlFinds() {
        Node dedup = NodeFactory.createURI(iris.dedupGraph());
        List<String> persons = store.select(new ParameterizedSparqlString(
                "SELECT DISTINCT ?p WHERE { ?p a <https://w3id.org/esimder/ontology#Person> } ORDER BY ?p"))
                .stream().map(row -> row.getResource("p").getURI()).toList();
        assertThat(persons).hasSizeGreaterThan(10);
        int merged = 0;
        int retired = 0;
        int withMatches = 0;
        for (String person : persons) {
            PersonQueries.Cluster cluster = queries.cluster(person);
            PersonQueries.ClusterRows byIndex = store.readIndexes(dsg -> NeighbourhoodLookup.cluster(dsg,
                    NodeFactory.createURI(person), dedup)).orElseThrow();
            assertThat(cluster.survivor()).as(person).isEqualTo(byIndex.survivors().stream().min(String::compareTo));
            if (cluster.survivor().isPresent()) {
                retired++;
                continue;
            }
            merged += cluster.members().size() > 1 ? 1 : 0;
            Set<Quad> sparql = new HashSet<>(queries.quadsBySparql(cluster.members()));
            List<Quad> found = store.readIndexes(dsg -> NeighbourhoodLookup.quads(dsg, cluster.members(), dedup)).orElseThrow();
            assertThat(new HashSet<>(found)).as(person).isEqualTo(sparql);
            withMatches += sparql.stream().anyMatch(q -> q.getGraph().equals(dedup)
                    && q.getPredicate().getURI().endsWith("#matchScore")) ? 1 : 0;
        }
        assertThat(merged).as("persons merged from several records").isPositive();
        assertThat(retired).as("retired IRIs").isPositive();
        assertThat(withMatches).as("persons with a possible match").isPositive();
    }
}
