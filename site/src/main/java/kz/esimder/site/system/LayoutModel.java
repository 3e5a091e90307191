package kz.esimder.site.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** What the layout needs on every page: the language and the switcher's links to this same page. */
@ControllerAdvice
class LayoutModel {

    @ModelAttribute("lang")
    String lang(HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        return LanguageConfig.supported(locale).getLanguage();
    }

    /** This page in each language: the raw path and query as sent, with {@code lang} replaced. */
    @ModelAttribute("langLinks")
    Map<String, String> langLinks(HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        StringBuilder kept = new StringBuilder();
        for (String part : query.split("&")) {
            if (!part.isEmpty() && !part.startsWith("lang=") && !part.equals("lang")) {
                kept.append(part).append('&');
            }
        }
        Map<String, String> links = new LinkedHashMap<>();
        for (Locale l : LanguageConfig.SUPPORTED) {
            links.put(l.getLanguage(), request.getRequestURI() + "?" + kept + "lang=" + l.getLanguage());
        }
        return links;
    }
}
