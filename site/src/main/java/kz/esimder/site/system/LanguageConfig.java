package kz.esimder.site.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The page language: {@code ?lang=kk|ru|en} (remembered in a cookie by the switcher's links), then
 * the cookie, then Accept-Language among the three, then Russian. CORS for the data documents.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfig implements WebMvcConfigurer {
    static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("kk"), Locale.forLanguageTag("ru"), Locale.ENGLISH);
    static final Locale DEFAULT = Locale.forLanguageTag("ru");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("esimder-lang") {
            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                super.setLocale(request, response, supported(locale));
            }

            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return supported(super.resolveLocale(request));
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(LanguageConfig::fromAcceptLanguage);
        return resolver;
    }

    static Locale fromAcceptLanguage(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                Locale found = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                if (found != null) {
                    return found;
                }
            } catch (IllegalArgumentException e) {
                return DEFAULT; // a malformed Accept-Language is ignored, not an error
            }
        }
        return DEFAULT;
    }

    static Locale supported(Locale locale) {
        if (locale == null) {
            return DEFAULT;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(DEFAULT);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path : List.of("/data/**", "/id/**", "/vocab/**", "/ontology", "/.well-known/void", "/void.ttl")) {
            registry.addMapping(path).allowedOrigins("*").allowedMethods("GET", "HEAD")
                    .exposedHeaders("Link", "ETag", "Location", "Vary");
        }
    }
}
