package kz.esimder.site.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.esimder.site.conneg.Alternates;
import kz.esimder.site.conneg.NotAcceptableException;
import kz.esimder.site.data.BadRequestException;
import kz.esimder.site.data.MovedException;
import kz.esimder.site.data.NotFoundException;
import kz.esimder.site.data.ResourceRef;
import org.apache.jena.query.QueryCancelledException;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every failure a visitor can cause becomes a page in their language with a status that says what
 * happened: 404 for unknown IRIs and paths, 301 for merged IRIs, 400 for bad parameters, 503 when a
 * query runs out of time. Never a stack trace.
 */
@ControllerAdvice
class ErrorPages {

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        return page(response, HttpStatus.NOT_FOUND, "error.notFound", request.getRequestURI());
    }

    @ExceptionHandler(MovedException.class)
    ModelAndView moved(MovedException moved, HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI();
        ResourceRef to = moved.to();
        String target;
        if (path.startsWith("/page/")) {
            target = to.pagePath();
        } else if (path.startsWith("/data/")) {
            target = to.dataPath(path.substring(path.lastIndexOf('.') + 1));
        } else {
            target = to.idPath();
        }
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
        response.setHeader("Location", target);
        response.setHeader("Link", "<" + to.iri() + ">; rel=\"canonical\"");
        return new ModelAndView("error/moved", "target", target);
    }

    /** No representation fits the Accept header: 406, a page listing those there are, in the visitor's language. */
    @ExceptionHandler(NotAcceptableException.class)
    ModelAndView notAcceptable(NotAcceptableException e, HttpServletResponse response) {
        response.setHeader("Vary", "Accept");
        response.setHeader("Link", Alternates.linkHeader(e.alternates()));
        ModelAndView mv = page(response, HttpStatus.NOT_ACCEPTABLE, "error.notAcceptable", e.iri());
        mv.addObject("alternates", e.alternates());
        return mv;
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException e, HttpServletResponse response) {
        return page(response, HttpStatus.BAD_REQUEST, e.messageKey(), e.args());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badParameter(Exception e, HttpServletResponse response) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        return page(response, HttpStatus.BAD_REQUEST, "error.badParameter", name);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView method(HttpRequestMethodNotSupportedException e, HttpServletResponse response) {
        return page(response, HttpStatus.METHOD_NOT_ALLOWED, "error.method", e.getMethod());
    }

    @ExceptionHandler(QueryCancelledException.class)
    ModelAndView timeout(HttpServletResponse response) {
        return page(response, HttpStatus.SERVICE_UNAVAILABLE, "error.timeout");
    }

    /** A remote endpoint that refuses or fails (remote mode): the site is unavailable, not broken. */
    @ExceptionHandler({org.apache.jena.atlas.web.HttpException.class, org.apache.jena.sparql.engine.http.QueryExceptionHTTP.class})
    ModelAndView endpointUnavailable(HttpServletResponse response) {
        return page(response, HttpStatus.SERVICE_UNAVAILABLE, "error.generic");
    }

    private static ModelAndView page(HttpServletResponse response, HttpStatus status, String key, Object... args) {
        response.setStatus(status.value());
        ModelAndView mv = new ModelAndView("error/problem");
        mv.setStatus(status);
        mv.addObject("status", status.value());
        mv.addObject("messageKey", key);
        mv.addObject("messageArgs", args);
        // the layout's language, which @ModelAttribute methods do not add to an exception handler's view
        mv.addObject("lang", LanguageConfig.supported(org.springframework.context.i18n.LocaleContextHolder.getLocale()).getLanguage());
        return mv;
    }
}
