package kz.esimder.site.data;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The site's settings: {@code esimder.base} (environment {@code ESIMDER_BASE}) is the canonical base
 * IRI of every data IRI; {@code esimder.db} the store's directory; {@code esimder.demo} whether an
 * empty store gets the bundled demo dataset.
 */
@ConfigurationProperties("esimder")
public record SiteSettings(String base, Path db, boolean demo, int inboundPageSize, long queryTimeoutMillis) {
    public SiteSettings {
        if (base == null || base.isBlank()) {
            base = "http://localhost:8080/";
        }
        if (!base.endsWith("/")) {
            base = base + "/";
        }
        if (inboundPageSize <= 0) {
            inboundPageSize = 500;
        }
        if (queryTimeoutMillis <= 0) {
            queryTimeoutMillis = 15_000;
        }
    }
}
