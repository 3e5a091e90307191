package kz.esimder.site.dataset;

import java.io.ByteArrayOutputStream;
import kz.esimder.site.conneg.AcceptNegotiator;
import kz.esimder.site.conneg.Alternates;
import kz.esimder.site.conneg.NotAcceptableException;
import kz.esimder.site.conneg.RdfFormat;
import org.apache.jena.riot.RDFDataMgr;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/** The dataset page, its VoID/DCAT description ({@code /.well-known/void}) and the dumps. */
@Controller
class DatasetController {
    private final DatasetDescription description;
    private final DatasetCounts counts;
    private final DumpFiles dumps;

    DatasetController(DatasetDescription description, DatasetCounts counts, DumpFiles dumps) {
        this.description = description;
        this.counts = counts;
        this.dumps = dumps;
    }

    /**
     * The dataset page. An RDF client asking here for data (this was the dataset's IRI before it
     * became {@code /id/dataset}) is sent there for good.
     */
    @GetMapping("/dataset")
    String dataset(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                   jakarta.servlet.http.HttpServletResponse response, ModelMap model) {
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (AcceptNegotiator.choose(accept).map(c -> !c.html()).orElse(false)) {
            response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
            response.setHeader(HttpHeaders.LOCATION, "/id/dataset");
            return null;
        }
        model.addAttribute("counts", counts.get());
        model.addAttribute("dumps", description.dumps());
        return "dataset";
    }

    /** The dataset's identifier: 303 to its page, or to its VoID description for RDF clients; 406 for neither. */
    @GetMapping("/id/dataset")
    ResponseEntity<Void> datasetIri(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        var choice = AcceptNegotiator.choose(accept)
                .orElseThrow(() -> new NotAcceptableException(description.iri(), documents()));
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        headers.setLocation(java.net.URI.create(choice.html() ? "/dataset" : "/.well-known/void"));
        return new ResponseEntity<>(headers, HttpStatus.SEE_OTHER);
    }

    /** The dataset's documents: its page, and its VoID description in each RDF syntax. */
    private static java.util.List<Alternates.Alternate> documents() {
        java.util.List<Alternates.Alternate> all = new java.util.ArrayList<>();
        all.add(new Alternates.Alternate("/dataset", "text/html"));
        for (RdfFormat f : RdfFormat.values()) {
            all.add(new Alternates.Alternate("/.well-known/void", f.mediaType()));
        }
        return all;
    }

    /** VoID in Turtle unless the Accept header asks for another RDF syntax. */
    @GetMapping({"/.well-known/void", "/void"})
    ResponseEntity<byte[]> voidDescription(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        RdfFormat format = AcceptNegotiator.choose(accept).map(AcceptNegotiator.Choice::format).orElse(RdfFormat.TURTLE);
        if (format == null) {
            format = RdfFormat.TURTLE;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, description.model(), format.writerFormat());
        return ResponseEntity.ok().header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .contentType(MediaType.parseMediaType(format.mediaType() + ";charset=UTF-8")).body(out.toByteArray());
    }

    @GetMapping("/dumps/{name}")
    ResponseEntity<FileSystemResource> dump(@PathVariable String name) {
        var file = dumps.file(name);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/gzip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(new FileSystemResource(file));
    }
}
