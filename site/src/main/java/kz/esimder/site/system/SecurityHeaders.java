package kz.esimder.site.system;

import java.io.IOException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response. The CSP allows scripts and styles from this origin only: no
 * inline script runs. The JSON-LD block on person pages is a data block ({@code type=
 * "application/ld+json"}), which browsers never execute, so script-src does not apply to it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {
    private final String csp;

    /** In remote mode the query editor talks to the remote endpoint: its origin joins connect-src and form-action. */
    SecurityHeaders(kz.esimder.site.sparql.SparqlEndpoint endpoint) {
        String extra = endpoint.origin().map(o -> " " + o).orElse("");
        this.csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "font-src 'self'; connect-src 'self'" + extra + "; object-src 'none'; base-uri 'self'; form-action 'self'"
                + extra + "; frame-ancestors 'none'";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", csp);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "geolocation=(), camera=(), microphone=()");
        chain.doFilter(request, response);
    }
}
