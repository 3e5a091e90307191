package kz.esimder.site.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import kz.esimder.site.data.BadRequestException;
import kz.esimder.site.data.Iris;

/**
 * A search state: the name query, the facets (vocabulary local names, a year, yes/no) and the page.
 * Every state is its own URL; a malformed value is a 400 naming the parameter.
 */
public record SearchForm(String q, String region, Integer year, String organKind, String sentenceKind,
                  String nationality, Boolean rehabilitated, int page) {
    private static final Pattern NAME = Iris.NAME;

    static SearchForm of(String q, String region, String year, String organKind, String sentenceKind,
                         String nationality, String rehabilitated, String page) {
        return new SearchForm(q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(200, q.strip().length())),
                concept("region", region), year(year), concept("organKind", organKind),
                concept("sentenceKind", sentenceKind), concept("nationality", nationality),
                yesNo(rehabilitated), page(page));
    }

    private static String concept(String param, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!NAME.matcher(value).matches()) {
            throw new BadRequestException("error.badParameter", param);
        }
        return value;
    }

    private static Integer year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int y = Integer.parseInt(value.strip());
            if (y >= 1800 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException e) {
            // reported below, with the parameter's name
        }
        throw new BadRequestException("error.badParameter", "year");
    }

    private static Boolean yesNo(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> throw new BadRequestException("error.badParameter", "rehabilitated");
        };
    }

    private static int page(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int p = Integer.parseInt(value.strip());
            if (p >= 1 && p <= 100_000) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequestException("error.badParameter", "page");
    }

    public boolean empty() {
        return q == null && !hasFacets();
    }

    public boolean hasFacets() {
        return region != null || year != null || organKind != null || sentenceKind != null || nationality != null
                || rehabilitated != null;
    }

    /** The query parameters of this state, with another page number: the URL of a page link. */
    Map<String, String> params(int otherPage) {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", q);
        put(p, "region", region);
        put(p, "year", year == null ? null : year.toString());
        put(p, "organKind", organKind);
        put(p, "sentenceKind", sentenceKind);
        put(p, "nationality", nationality);
        put(p, "rehabilitated", rehabilitated == null ? null : rehabilitated ? "yes" : "no");
        if (otherPage > 1) {
            p.put("page", Integer.toString(otherPage));
        }
        return p;
    }

    /** The URL of this state at another page, encoded. */
    public String url(int otherPage) {
        var b = org.springframework.web.util.UriComponentsBuilder.fromPath("/search");
        params(otherPage).forEach(b::queryParam);
        return b.encode().build().toUriString();
    }

    private static void put(Map<String, String> p, String k, String v) {
        if (v != null) {
            p.put(k, v);
        }
    }
}
