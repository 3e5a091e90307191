package kz.esimder.store;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The cookbook's queries ({@code docs/queries/*.rq}: every person, every event… of the whole
 * dataset) answered from the files {@link PreparedAnswers} keeps on disk for the live generation.
 * Each is an expensive scan, the same for everybody, over data that changes only with a new
 * generation. Only a {@code GET} whose sole parameter is the query, whose text is exactly a cookbook
 * query as published and whose Accept is exactly one of {@link AnswerFormat}'s is answered here;
 * anything else goes on to Fuseki untouched, and so does a cookbook query whose answer could not be
 * prepared. Until its answer is ready, such a request gets 503 with {@code Retry-After} at once:
 * nobody waits on a computation, and no request starts one.
 */
final class CookbookAnswers implements Filter {
    /** What a request for an answer not ready yet is told (seconds). */
    static final String RETRY_AFTER_SECONDS = "10";

    private final PreparedAnswers prepared;

    CookbookAnswers(PreparedAnswers prepared) {
        this.prepared = prepared;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String query = request.getParameter("query");
        Optional<AnswerFormat.Served> served = AnswerFormat.forAccept(request.getHeader("Accept"));
        Optional<PreparedAnswers.Answer> answer = !"GET".equals(request.getMethod()) || query == null
                || request.getParameterMap().size() != 1 || served.isEmpty()
                ? Optional.empty() : prepared.answer(query, served.get().format());
        if (answer.isEmpty() || answer.get().state() == PreparedAnswers.State.FAILED) {
            chain.doFilter(req, res);
            return;
        }
        if (answer.get().state() == PreparedAnswers.State.PREPARING) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            HttpErrors.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Бұл жауап әлі дайындалуда: сәлден соң қайталаңыз.",
                    "Этот ответ ещё готовится: повторите запрос немного позже.",
                    "This answer is still being prepared: ask again in a little while.");
            return;
        }
        PreparedAnswerResponse.send(answer.get(), served.get().contentType(), request, response);
    }

    @Override
    public void destroy() {
        prepared.close();
    }
}
