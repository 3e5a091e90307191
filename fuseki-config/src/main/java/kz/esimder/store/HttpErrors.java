package kz.esimder.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** Plain-text error responses in the three languages of the site (kk, ru, en). */
final class HttpErrors {
    private HttpErrors() {}

    static void send(HttpServletResponse response, int status, String kk, String ru, String en) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().write(kk + "\n" + ru + "\n" + en + "\n");
    }
}
