package kz.esimder.site.conneg;

import java.io.ByteArrayOutputStream;
import kz.esimder.site.data.Iris;
import kz.esimder.site.data.NotFoundException;
import kz.esimder.site.data.ResourceLookup;
import kz.esimder.site.data.ResourceRef;
import kz.esimder.site.data.SiteSettings;
import kz.esimder.site.ontologydoc.OntologySource;
import kz.esimder.ontology.Esm;
import kz.esimder.ontology.Vocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * Data documents: {@code /data/{type}/{key}.{ttl,jsonld,rdf,nt}}, the same for vocabulary concepts
 * and schemes and for the ontology. Inbound links come a page at a time ({@code ?inbound=2}), with a
 * {@code Link: rel="next"} header when more remain.
 */
@Controller
class DataDocumentController {
    private final Iris iris;
    private final ResourceLookup lookup;
    private final ResourceDescription description;
    private final OntologySource ontology;
    private final Conditional conditional;
    private final int pageSize;

    DataDocumentController(Iris iris, ResourceLookup lookup, ResourceDescription description,
                           OntologySource ontology, Conditional conditional, SiteSettings settings) {
        this.iris = iris;
        this.lookup = lookup;
        this.description = description;
        this.ontology = ontology;
        this.conditional = conditional;
        this.pageSize = settings.inboundPageSize();
    }

    @GetMapping("/data/{type}/{file}")
    ResponseEntity<byte[]> data(@PathVariable String type, @PathVariable String file,
                                @RequestParam(defaultValue = "1") int inbound, WebRequest request) {
        FileName name = FileName.parse(file);
        if (!Iris.isDataType(type)) {
            throw new NotFoundException(type);
        }
        return document(iris.parse(iris.data(type, name.base())).orElseThrow(() -> new NotFoundException(file)),
                name.format(), inbound, request);
    }

    @GetMapping("/data/vocab/{scheme}/{file}")
    ResponseEntity<byte[]> concept(@PathVariable String scheme, @PathVariable String file,
                                   @RequestParam(defaultValue = "1") int inbound, WebRequest request) {
        FileName name = FileName.parse(file);
        return document(vocab(Vocab.NS + scheme + "/" + name.base()), name.format(), inbound, request);
    }

    @GetMapping("/data/vocab/{file}")
    ResponseEntity<byte[]> scheme(@PathVariable String file, @RequestParam(defaultValue = "1") int inbound,
                                  WebRequest request) {
        FileName name = FileName.parse(file);
        return document(vocab(Vocab.NS + name.base()), name.format(), inbound, request);
    }

    @GetMapping("/data/{file}")
    ResponseEntity<byte[]> ontology(@PathVariable String file, WebRequest request) {
        FileName name = FileName.parse(file);
        if (!name.base().equals("ontology")) {
            throw new NotFoundException(file);
        }
        ResourceRef ref = iris.parse(Esm.NS).orElseThrow();
        if (conditional.notModified(request, "ontology." + name.format().extension())) {
            return null;
        }
        return respond(ref, ontology.model(), name.format(), null);
    }

    private ResourceRef vocab(String iri) {
        return iris.parse(iri).orElseThrow(() -> new NotFoundException(iri));
    }

    private ResponseEntity<byte[]> document(ResourceRef ref, RdfFormat format, int inbound, WebRequest request) {
        lookup.require(ref);
        if (conditional.notModified(request, ref.dataPath(format.extension()) + "?" + inbound)) {
            return null;
        }
        var doc = description.describe(ref, new kz.esimder.site.data.Paging(inbound, pageSize).page(), pageSize);
        String next = doc.moreInbound() ? ref.dataPath(format.extension()) + "?inbound=" + (inbound + 1) : null;
        return respond(ref, doc.model(), format, next);
    }

    private static ResponseEntity<byte[]> respond(ResourceRef ref, Model model, RdfFormat format, String next) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, format.writerFormat());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(format.mediaType() + ";charset=UTF-8"));
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        String links = Alternates.linkHeader(ref) + ", <" + ref.iri() + ">; rel=\"about\"";
        if (next != null) {
            links += ", <" + next + ">; rel=\"next\"";
        }
        headers.add(HttpHeaders.LINK, links);
        return new ResponseEntity<>(out.toByteArray(), headers, HttpStatus.OK);
    }

    /** {@code key.ext}, split at the last dot; an unknown extension is a 404 (no such document). */
    record FileName(String base, RdfFormat format) {
        static FileName parse(String file) {
            int dot = file.lastIndexOf('.');
            if (dot <= 0) {
                throw new NotFoundException(file);
            }
            RdfFormat format = RdfFormat.byExtension(file.substring(dot + 1))
                    .orElseThrow(() -> new NotFoundException(file));
            return new FileName(file.substring(0, dot), format);
        }
    }
}
