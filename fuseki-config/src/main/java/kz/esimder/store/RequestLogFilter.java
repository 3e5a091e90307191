package kz.esimder.store;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The endpoint's request log, in place of Fuseki's (see {@link FusekiLogPolicy}): method, path,
 * status, duration and Fuseki's request id. Never the query string or the body: a query names
 * people, and INFO logs must carry no personal data.
 */
public final class RequestLogFilter implements Filter {
    static final String LOGGER = "kz.esimder.store.requests";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(req, res);
        } finally {
            if (req instanceof HttpServletRequest request && res instanceof HttpServletResponse response && LOG.isInfoEnabled()) {
                String id = response.getHeader("Fuseki-Request-Id");
                LOG.info("{} {} {} {} ms{}", request.getMethod(), request.getRequestURI(), response.getStatus(),
                        (System.nanoTime() - start) / 1_000_000, id == null ? "" : " [" + id + "]");
            }
        }
    }
}
