package org.chemsafe.shared;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * The stable problem types of RFC 9457 responses. The {@code type} URI is an identifier ({@code <base>/<slug>});
 * the title is looked up as {@code problem.<slug>.title} in the message bundles (Chinese by default, English on
 * request by Accept-Language).
 */
public enum ProblemType {
    VALIDATION("validation", HttpStatus.BAD_REQUEST),
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST),
    BAD_CREDENTIALS("bad-credentials", HttpStatus.UNAUTHORIZED),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED),
    ACCOUNT_LOCKED("account-locked", HttpStatus.LOCKED),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN),
    CSRF("csrf", HttpStatus.FORBIDDEN),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE),
    CONFLICT("conflict", HttpStatus.CONFLICT),
    RULE_VIOLATION("rule-violation", HttpStatus.UNPROCESSABLE_CONTENT),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE),
    INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR),
    /** Something the server needs is not installed (e.g. a font); the detail names what to install. */
    SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE);

    public static final String BASE = "https://chemsafe.org/problems/";

    private final String slug;
    private final HttpStatus status;

    ProblemType(String slug, HttpStatus status) {
        this.slug = slug;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public HttpStatus status() {
        return status;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public String titleKey() {
        return "problem." + slug + ".title";
    }
}
