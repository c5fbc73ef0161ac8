package org.chemsafe.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.LocaleResolver;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The servlet container's error page ({@code /error}, replacing Spring Boot's): an error raised outside the
 * controllers (in a filter, by the container) is answered as a problem with its status. Requested directly, with
 * no error to report, {@code /error} is an unknown resource: 404.
 */
@RestController
@Hidden
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ProblemErrorController implements ErrorController {

    private final Problems problems;
    private final LocaleResolver locales;

    ProblemErrorController(Problems problems, LocaleResolver locales) {
        this.problems = problems;
        this.locales = locales;
    }

    @RequestMapping(path = "${server.error.path:/error}", produces = MediaType.ALL_VALUE)
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        ProblemDetail problem = problems.forStatus(status, locales.resolveLocale(request));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
