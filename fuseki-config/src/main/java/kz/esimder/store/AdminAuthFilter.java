package kz.esimder.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.Base64;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * HTTP Basic authentication for {@code /admin/*} against {@code esimder.admin.user} /
 * {@code esimder.admin.password}. There is no default password: with none configured every admin
 * request gets 401. Missing or wrong credentials get 401 with a challenge. Serve admin over HTTPS
 * (Basic sends the password in the clear).
 */
public final class AdminAuthFilter implements Filter {
    private final String user;
    private final byte[] expected;

    public AdminAuthFilter(StoreSettings settings) {
        this.user = settings.adminUser();
        this.expected = settings.adminPassword()
                .map(p -> (settings.adminUser() + ":" + p).getBytes(StandardCharsets.UTF_8)).orElse(null);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (expected == null) {
            HttpErrors.send(response, 401,
                    "Әкімші қызметі өшірулі: тіркелгі деректері бапталмаған.",
                    "Администрирование отключено: учётные данные не заданы.",
                    "Administration is disabled: no credentials are configured.");
            return;
        }
        if (!matches(request.getHeader("Authorization"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Esimder admin\", charset=\"UTF-8\"");
            HttpErrors.send(response, 401,
                    "Әкімші тіркелгі деректері қажет.",
                    "Требуются учётные данные администратора.",
                    "Administrator credentials are required.");
            return;
        }
        chain.doFilter(new AuthenticatedRequest(request, user), response);
    }

    private boolean matches(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) return false;
        byte[] given;
        try {
            given = Base64.getDecoder().decode(header.substring(6).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        // Constant-time comparison: the time taken says nothing about how much of it was right.
        return MessageDigest.isEqual(given, expected);
    }

    /** Lets Fuseki (and anything after) see who is acting. */
    private static final class AuthenticatedRequest extends HttpServletRequestWrapper {
        private final String user;

        AuthenticatedRequest(HttpServletRequest request, String user) {
            super(request);
            this.user = user;
        }

        @Override public String getRemoteUser() { return user; }
        @Override public Principal getUserPrincipal() { return () -> user; }
        @Override public String getAuthType() { return HttpServletRequest.BASIC_AUTH; }
    }
}
