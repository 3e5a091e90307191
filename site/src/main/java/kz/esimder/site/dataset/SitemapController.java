package kz.esimder.site.dataset;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import kz.esimder.site.data.Iris;
import kz.esimder.site.data.Paging;
import kz.esimder.site.data.RdfStore;
import kz.esimder.site.data.SiteSettings;
import org.apache.jena.query.ParameterizedSparqlString;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /sitemap.xml}: a sitemap index of person pages in files of 50,000 (the protocol's limit),
 * each a LIMIT/OFFSET page of persons; and {@code /robots.txt}, which points at it.
 */
@Controller
class SitemapController {
    static final int PER_FILE = 50_000;
    private static final String PERSONS = "PREFIX esm: <https://w3id.org/esimder/ontology#> SELECT ?p WHERE { ?p a esm:Person "
            + "FILTER NOT EXISTS { GRAPH ?dedup { ?p <http://www.w3.org/2002/07/owl#sameAs> ?survivor } } }";

    private final RdfStore store;
    private final DatasetCounts counts;
    private final Iris iris;
    private final String base;

    SitemapController(RdfStore store, DatasetCounts counts, Iris iris, SiteSettings settings) {
        this.store = store;
        this.counts = counts;
        this.iris = iris;
        this.base = settings.base();
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String body = "User-agent: *\nAllow: /\nDisallow: /sparql\nDisallow: /search\nDisallow: /query\n"
                + "Sitemap: " + base + "sitemap.xml\n";
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> index() throws XMLStreamException {
        long files = Math.max(1, (counts.get().persons() + PER_FILE - 1) / PER_FILE);
        return xml(w -> {
            w.writeStartElement("sitemapindex");
            w.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (long i = 1; i <= files; i++) {
                element(w, "sitemap", base + "sitemap/persons-" + i + ".xml");
            }
            w.writeEndElement();
        });
    }

    @GetMapping("/sitemap/persons-{n}.xml")
    ResponseEntity<String> persons(@PathVariable int n) throws XMLStreamException {
        Paging paging = new Paging(n, PER_FILE);
        ParameterizedSparqlString q = new ParameterizedSparqlString(PERSONS);
        q.setIri("dedup", iris.dedupGraph()); // a merged person's retired IRI answers 301: not listed
        var rows = store.select(paging.appendTo(q));
        return xml(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            if (n == 1) {
                for (String page : new String[] {"", "search", "statistics", "map", "dataset", "page/ontology", "query"}) {
                    element(w, "url", base + page);
                }
            }
            rows.stream().limit(PER_FILE).forEach(r -> {
                String page = iris.pageOf(r.getResource("p").getURI());
                if (page != null) {
                    try {
                        element(w, "url", base + page.substring(1));
                    } catch (XMLStreamException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            w.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static ResponseEntity<String> xml(Body body) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        w.writeStartDocument("UTF-8", "1.0");
        body.write(w);
        w.writeEndDocument();
        w.close();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toString());
    }

    private static void element(XMLStreamWriter w, String name, String loc) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeStartElement("loc");
        w.writeCharacters(loc);
        w.writeEndElement();
        w.writeEndElement();
    }
}
