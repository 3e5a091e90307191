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
 * its prepared cookbook answers were computed from: they are prepared again ({@link PreparedAnswers#changed()}).
 */
final class AnswersAfterUpdate implements Filter {
    private final PreparedAnswers prepared;

    AnswersAfterUpdate(PreparedAnswers prepared) {
        this.prepared = prepared;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(req, res);
        int status = ((HttpServletResponse) res).getStatus();
        if ("POST".equals(((HttpServletRequest) req).getMethod()) && status >= 200 && status < 300) prepared.changed();
    }
}
