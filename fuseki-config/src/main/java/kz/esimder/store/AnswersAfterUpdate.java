package kz.esimder.store;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * After a successful SPARQL Update on the admin path, the live generation's data is no longer what
 * was derived from it (its prepared cookbook answers): {@link LiveStore#changed()} says so.
 */
final class AnswersAfterUpdate implements Filter {
    private final LiveStore store;

    AnswersAfterUpdate(LiveStore store) {
        this.store = store;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(req, res);
        int status = ((HttpServletResponse) res).getStatus();
        if ("POST".equals(((HttpServletRequest) req).getMethod()) && status >= 200 && status < 300) store.changed();
    }
}
