package kz.esimder.site.sparql;

import java.net.URI;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Where SPARQL queries go: {@code /sparql} on this site, or the remote endpoint in remote mode. */
@Component
public class SparqlEndpoint {
    private final String url;
    private final boolean remote;

    SparqlEndpoint(Environment environment) {
        String endpoint = environment.getProperty("esimder.sparql.endpoint");
        this.remote = "remote".equals(environment.getProperty("esimder.store")) && endpoint != null && !endpoint.isBlank();
        this.url = remote ? endpoint.strip() : "/sparql";
    }

    public String url() {
        return url;
    }

    /** The remote endpoint's origin ({@code https://host:port}), when queries leave this site. */
    public Optional<String> origin() {
        if (!remote) {
            return Optional.empty();
        }
        URI u = URI.create(url);
        return Optional.of(u.getScheme() + "://" + u.getAuthority());
    }
}
