package kz.esimder.site.pagecache;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.esimder.site.data.RdfStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The page cache, a layer of its own in front of the pages about resources ({@code GET /page/...}):
 * a rendered 200 is kept by (path and query, language, store generation) and served again without a
 * query or a template; a conditional request whose ETag matches gets a 304 from it. Switched by
 * {@code esimder.page-cache.megabytes} (0 turns it off). The language is resolved as the site does
 * ({@code ?lang=}, which also sets the cookie, then the cookie, then Accept-Language).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PageCacheFilter extends OncePerRequestFilter {
    private static final long MAX_PAGE_BYTES = 2L << 20;
    private static final java.util.Set<String> LANGUAGES = java.util.Set.of("kk", "ru", "en");

    private final PageCache cache;
    private final RdfStore store;
    private final LocaleResolver locales;

    PageCacheFilter(@Value("${esimder.page-cache.megabytes:64}") long megabytes, RdfStore store, LocaleResolver localeResolver) {
        this.cache = megabytes > 0 ? new PageCache(megabytes << 20) : null;
        this.store = store;
        this.locales = localeResolver;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return cache == null || !"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/page/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String lang = request.getParameter("lang");
        if (lang != null && !LANGUAGES.contains(lang)) {
            chain.doFilter(request, response); // what the site makes of an odd ?lang= is not this layer's to guess
            return;
        }
        String language = lang != null ? lang : locales.resolveLocale(request).getLanguage();
        PageCache.Key key = new PageCache.Key(request.getRequestURI() + "?" + withoutLang(request.getQueryString()),
                language, store.version());
        PageCache.Page page = cache.get(key);
        if (page != null) {
            if (lang != null) {
                locales.setLocale(request, response, Locale.forLanguageTag(lang)); // the cookie, as the site's ?lang= sets it
            }
            serve(page, request, response);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == 200 && wrapper.getContentSize() <= MAX_PAGE_BYTES) {
            List<Map.Entry<String, List<String>>> headers = new ArrayList<>();
            for (String name : wrapper.getHeaderNames()) {
                if (!name.equalsIgnoreCase("Set-Cookie")) {
                    headers.add(Map.entry(name, List.copyOf(wrapper.getHeaders(name))));
                }
            }
            if (wrapper.getContentType() != null && wrapper.getHeader("Content-Type") == null) {
                headers.add(Map.entry("Content-Type", List.of(wrapper.getContentType())));
            }
            cache.put(key, new PageCache.Page(List.copyOf(headers), wrapper.getContentAsByteArray()));
        }
        wrapper.copyBodyToResponse();
    }

    private static void serve(PageCache.Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String etag = null;
        String lastModified = null;
        for (var h : page.headers()) {
            boolean first = true;
            for (String v : h.getValue()) {
                if (first) {
                    response.setHeader(h.getKey(), v);
                    first = false;
                } else {
                    response.addHeader(h.getKey(), v);
                }
            }
            if (h.getKey().equalsIgnoreCase("ETag") && !h.getValue().isEmpty()) {
                etag = h.getValue().get(0);
            } else if (h.getKey().equalsIgnoreCase("Last-Modified") && !h.getValue().isEmpty()) {
                lastModified = h.getValue().get(0);
            }
        }
        if (notModified(request, etag, lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /** RFC 9110 section 13.2.2: If-None-Match decides when present (weak comparison), else If-Modified-Since. */
    private static boolean notModified(HttpServletRequest request, String etag, String lastModified) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            String opaque = etag == null ? null : etag.replaceFirst("^W/", "");
            return opaque != null && java.util.Arrays.stream(ifNoneMatch.split(","))
                    .map(t -> t.trim().replaceFirst("^W/", "")).anyMatch(t -> t.equals(opaque) || t.equals("*"));
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException badDate) {
            return false;
        }
        if (since < 0 || lastModified == null) {
            return false;
        }
        try {
            long modified = java.time.ZonedDateTime.parse(lastModified, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant().toEpochMilli();
            return modified / 1000 <= since / 1000;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static String withoutLang(String query) {
        if (query == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String part : query.split("&")) {
            if (!part.isEmpty() && !part.startsWith("lang=") && !part.equals("lang")) {
                kept.append(part).append('&');
            }
        }
        return kept.toString();
    }

    long hits() {
        return cache == null ? 0 : cache.hits();
    }
}
