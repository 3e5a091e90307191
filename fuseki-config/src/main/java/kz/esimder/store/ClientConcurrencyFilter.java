package kz.esimder.store;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * At most {@code limit} requests at a time from one client (by remote address; behind a proxy,
 * let the container resolve X-Forwarded-For, e.g. Tomcat's RemoteIpValve / Spring's
 * {@code server.forward-headers-strategy}). One more gets {@code 429 Too Many Requests} at once
 * rather than queueing: a client firing runaway queries occupies its own slots, not everyone's.
 */
public final class ClientConcurrencyFilter implements Filter {
    private final int limit;
    private final ConcurrentHashMap<String, AtomicInteger> running = new ConcurrentHashMap<>();

    public ClientConcurrencyFilter(int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1: " + limit);
        this.limit = limit;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        String client = req.getRemoteAddr();
        // Counted inside compute(): an entry dropped by release() at the same moment cannot lose the count.
        int[] now = new int[1];
        AtomicInteger count = running.compute(client, (k, v) -> {
            AtomicInteger c = v == null ? new AtomicInteger() : v;
            now[0] = c.incrementAndGet();
            return c;
        });
        if (now[0] > limit) {
            release(client, count);
            HttpServletResponse response = (HttpServletResponse) res;
            response.setHeader("Retry-After", "1");
            HttpErrors.send(response, 429,
                    "Бір клиенттен бір мезгілде тым көп сұраныс: " + limit + " сұраныстан аспауы керек.",
                    "Слишком много одновременных запросов от одного клиента: не больше " + limit + ".",
                    "Too many concurrent requests from one client: at most " + limit + ".");
            return;
        }
        try {
            chain.doFilter(req, res);
        } finally {
            release(client, count);
        }
    }

    private void release(String client, AtomicInteger count) {
        // Drop the entry when idle so the map does not grow with every client ever seen.
        running.computeIfPresent(client, (k, v) -> v.decrementAndGet() <= 0 ? null : v);
    }

    int clientsTracked() { return running.size(); }
}
