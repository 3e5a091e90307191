package kz.esimder.site.conneg;

import java.net.URI;
import kz.esimder.site.data.Iris;
import kz.esimder.site.data.NotFoundException;
import kz.esimder.site.data.ResourceLookup;
import kz.esimder.site.data.ResourceRef;
import kz.esimder.ontology.Esm;
import kz.esimder.ontology.Vocab;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The identifiers themselves: {@code /id/{type}/{key}}, {@code /vocab/{scheme}/{concept}} and
 * {@code /ontology} are not documents; they answer 303 See Other to the page or the data document
 * that fits the Accept header ("Cool URIs for the Semantic Web"), 406 when none fits.
 */
@Controller
class IdRedirectController {
    private final Iris iris;
    private final ResourceLookup lookup;

    IdRedirectController(Iris iris, ResourceLookup lookup) {
        this.iris = iris;
        this.lookup = lookup;
    }

    @GetMapping("/id/{type}/{key}")
    ResponseEntity<String> data(@PathVariable String type, @PathVariable String key,
                                @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        if (!Iris.isDataType(type)) {
            throw new NotFoundException(type);
        }
        return seeOther(lookup.require(iris.parse(iris.data(type, key)).orElseThrow(() -> new NotFoundException(key))), accept);
    }

    @GetMapping("/vocab/{scheme}/{concept}")
    ResponseEntity<String> concept(@PathVariable String scheme, @PathVariable String concept,
                                   @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        return seeOther(vocab(Vocab.NS + scheme + "/" + concept), accept);
    }

    @GetMapping("/vocab/{scheme}")
    ResponseEntity<String> scheme(@PathVariable String scheme,
                                  @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        return seeOther(vocab(Vocab.NS + scheme), accept);
    }

    @GetMapping("/ontology")
    ResponseEntity<String> ontology(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        return seeOther(iris.parse(Esm.NS).orElseThrow(), accept);
    }

    private ResourceRef vocab(String iri) {
        return lookup.require(iris.parse(iri).orElseThrow(() -> new NotFoundException(iri)));
    }

    static ResponseEntity<String> seeOther(ResourceRef ref, String accept) {
        var choice = AcceptNegotiator.choose(accept).orElseThrow(() -> new NotAcceptableException(ref));
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        headers.add(HttpHeaders.LINK, Alternates.linkHeader(ref));
        String target = choice.html() ? ref.pagePath() : ref.dataPath(choice.format().extension());
        headers.setLocation(URI.create(target));
        return new ResponseEntity<>(headers, HttpStatus.SEE_OTHER);
    }
}
