package kz.esimder.store;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A SPARQL 1.1 Service Description for {@code GET /sparql} without a query (Fuseki answers that
 * with 400): the languages, result formats and features of the endpoint, in Turtle, JSON-LD,
 * RDF/XML or N-Triples by the Accept header. Any request with a query passes on to Fuseki. A
 * browser (Accept preferring text/html) is forwarded to the site's query page, when there is one.
 */
public final class ServiceDescriptionFilter implements Filter {
    private final String htmlPage;

    /** @param htmlPage where a browser asking for {@code /sparql} is forwarded (e.g. the site's query editor), or null */
    public ServiceDescriptionFilter(String htmlPage) {
        this.htmlPage = htmlPage;
    }

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final AcceptList OFFER = AcceptList.create(WebContent.contentTypeTurtle, WebContent.contentTypeJSONLD,
            WebContent.contentTypeRDFXML, WebContent.contentTypeNTriples);
    private static final MediaType DEFAULT = MediaType.create(WebContent.contentTypeTurtle);

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        boolean describe = ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getQueryString() == null;
        if (!describe) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        String accept = request.getHeader("Accept");
        if (htmlPage != null && accept != null && prefersHtml(accept)) {
            request.getRequestDispatcher(htmlPage).forward(request, response);
            return;
        }
        MediaType chosen = accept == null ? DEFAULT : AcceptList.match(AcceptList.create(accept), OFFER);
        if (chosen == null) chosen = DEFAULT;
        Lang lang = RDFLanguages.contentTypeToLang(chosen.getContentTypeStr());
        response.setStatus(200);
        response.setHeader("Vary", "Accept");
        response.setContentType(chosen.getContentTypeStr() + ";charset=utf-8");
        if ("HEAD".equals(request.getMethod())) return;
        RDFDataMgr.write(response.getOutputStream(), describe(request.getRequestURL().toString()), lang);
    }

    /** A browser: asks for text/html and names none of the RDF syntaxes (it reaches those only through *&#47;*). */
    static boolean prefersHtml(String accept) {
        String a = accept.toLowerCase();
        boolean html = a.contains("text/html") && !a.matches(".*text/html\\s*;\\s*q=0(\\.0+)?\\s*(,.*|$)");
        boolean rdf = a.contains("turtle") || a.contains("ld+json") || a.contains("rdf+xml") || a.contains("n-triples")
                || a.contains("sparql");
        return html && !rdf;
    }

    static Model describe(String endpoint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("formats", FORMATS);
        Resource service = m.createResource(endpoint);
        service.addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), service)
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(RDFS.label, "Esimder SPARQL", "en")
                .addProperty(RDFS.label, "Есімдер SPARQL", "kk")
                .addProperty(RDFS.label, "Есимдер SPARQL", "ru");
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "JSON-LD", "RDF_XML", "N-Triples"})
            service.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + f));
        service.addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "BasicFederatedQuery"));
        Resource dataset = m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(m.createProperty(SD, "defaultGraph"), m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph")));
        service.addProperty(m.createProperty(SD, "defaultDataset"), dataset);
        return m;
    }
}
