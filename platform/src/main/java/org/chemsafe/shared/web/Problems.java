package org.chemsafe.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chemsafe.shared.FieldProblem;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ProblemType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problem details with a stable type and a title and detail in the caller's language. */
@Component
public class Problems {

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail create(ProblemType type, String detailKey, Object... args) {
        return create(type, LocaleContextHolder.getLocale(), detailKey, args);
    }

    public ProblemDetail create(ProblemType type, Locale locale, String detailKey, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatus(type.status());
        problem.setType(type.uri());
        problem.setTitle(messages.getMessage(type.titleKey(), null, type.name(), locale));
        problem.setDetail(messages.getMessage(detailKey, args, detailKey, locale));
        return problem;
    }

    /**
     * A problem for a bare HTTP status, when nothing more precise is known (a framework exception without its own
     * handler, an error forwarded by the servlet container): 5xx is an internal error, 4xx the closest type.
     */
    public ProblemDetail forStatus(int status, Locale locale) {
        ProblemDetail problem = switch (status) {
            case 401 -> create(ProblemType.UNAUTHENTICATED, locale, "problem.unauthenticated.detail");
            case 403 -> create(ProblemType.FORBIDDEN, locale, "problem.forbidden.detail");
            case 404 -> create(ProblemType.NOT_FOUND, locale, "problem.not-found.plain");
            case 413 -> create(ProblemType.PAYLOAD_TOO_LARGE, locale, "problem.payload-too-large.detail");
            default -> status >= 500 ? create(ProblemType.INTERNAL, locale, "problem.internal.detail")
                    : create(ProblemType.MALFORMED_REQUEST, locale, "problem.malformed-request.detail");
        };
        problem.setStatus(status);
        return problem;
    }

    public ProblemDetail validation(List<FieldProblem> errors) {
        ProblemDetail problem = create(ProblemType.VALIDATION, "problem.validation.detail", errors.size());
        problem.setProperty("errors", errors.stream()
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::code)).toList());
        return problem;
    }

    /** A 400 validation problem about one field, its message from {@code key} with the arguments. */
    public ProblemException invalid(String field, String key, Object... args) {
        List<FieldProblem> errors = List.of(new FieldProblem(field, key, message(key, args)));
        return new ProblemException(ProblemType.VALIDATION, Map.of("errors", errors), "problem.validation.detail", 1);
    }

    public String message(String key, Object @Nullable [] args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
