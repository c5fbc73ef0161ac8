package org.chemsafe.shared.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chemsafe.shared.ProblemType;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem response where no controller advice applies (servlet filters, the error page), in the caller's
 * language as {@link Problems} does for controllers.
 */
@Component
public class ProblemResponder {

    private final Problems problems;
    private final JsonMapper json;
    private final LocaleResolver locales;

    public ProblemResponder(Problems problems, JsonMapper json, LocaleResolver locales) {
        this.problems = problems;
        this.json = json;
        this.locales = locales;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detailKey,
            Object... args) throws IOException {
        ProblemDetail problem = problems.create(type, locales.resolveLocale(request), detailKey, args);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(type.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
