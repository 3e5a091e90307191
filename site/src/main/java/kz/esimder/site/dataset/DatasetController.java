package kz.esimder.site.dataset;

import java.io.ByteArrayOutputStream;
import kz.esimder.site.conneg.AcceptNegotiator;
import kz.esimder.site.conneg.RdfFormat;
import org.apache.jena.riot.RDFDataMgr;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
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

    @GetMapping("/dataset")
    String dataset(ModelMap model) {
        model.addAttribute("counts", counts.get());
        model.addAttribute("dumps", description.dumps());
        return "dataset";
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
