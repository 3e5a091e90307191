package kz.esimder.site.conneg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import kz.esimder.site.data.InMemoryRdfStore;
import kz.esimder.site.data.Iris;
import kz.esimder.site.data.ResourceRef;
import kz.esimder.site.data.SiteSettings;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** Inbound links come a page at a time, every one exactly once across the pages (once if two sources state it). */
class InboundPagingTest {
    static final String ORGAN = "https://w3id.org/esimder/vocab/organ/nkvd-troika-karaganda";

    @Test
    void anOrganWithManyEventsIsDescribedPageByPage() {
        InMemoryRdfStore store = new InMemoryRdfStore(10_000);
        StringBuilder trig = new StringBuilder("PREFIX esm: <https://w3id.org/esimder/ontology#>\n<http://x/graph/big> {\n");
        trig.append("<").append(ORGAN).append("> a esm:RepressiveBody .\n");
        for (int i = 1; i <= 25; i++) {
            trig.append("<http://localhost:8080/id/event/big-").append(i).append("-1> esm:organ <").append(ORGAN).append("> .\n");
        }
        trig.append("}\n");
        // The same link stated by a second source: one inbound link, not two.
        trig.append("<http://x/graph/other> { <http://localhost:8080/id/event/big-1-1> esm:organ <").append(ORGAN).append("> . }\n");
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(trig.toString(), Lang.TRIG).parse(dsg);
        store.add(dsg);
        ResourceDescription description = new ResourceDescription(store);
        ResourceRef ref = new Iris(new SiteSettings(null, null, false, 0, 0)).parse(ORGAN).orElseThrow();

        Set<String> seen = new HashSet<>();
        int page = 1;
        boolean more = true;
        while (more) {
            ResourceDescription.Document doc = description.describe(ref, page, 10);
            Model m = doc.model();
            for (Statement s : m.listStatements(null, m.createProperty("https://w3id.org/esimder/ontology#organ"), m.createResource(ORGAN)).toList()) {
                assertThat(seen.add(s.getSubject().getURI())).as("each inbound link once").isTrue();
            }
            assertThat(m.size()).isLessThanOrEqualTo(12);
            more = doc.moreInbound();
            page++;
        }
        assertThat(page - 1).isEqualTo(3);
        assertThat(seen).hasSize(25);
    }
}
