package org.chemsafe.identity.internal;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.AuditExempt;
import org.chemsafe.shared.ScopeKind;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records in the audit log, after the answer, refused ones included: every state-changing API request, every Excel
 * download (GET of an {@code .xlsx} or export route) and every login request refused before its credentials were
 * checked (no CSRF token, blank fields, malformed JSON; the login itself records the others with their reason).
 * An entry holds who, with which scope, the action (method and route), the resource (for a create, the new
 * resource's Location), the outcome and the client address. When the caller is not an enterprise user (a
 * supervisor, the platform), the entry also names the enterprise the action concerns, so that the enterprise sees
 * it in its own audit view: named by the service that resolved it ({@link AuditTarget}), else the enterprise of an
 * {@code /api/v1/enterprises/{id}} route, else the {@code enterpriseId} of the JSON answer. Handlers marked
 * {@link AuditExempt} (stateless calculators, machine ingestion) are not recorded. The filter runs just outside the
 * security filters (whose order is -100), so requests they refuse are recorded too.
 */
@Component
@Order(-101)
class AuditRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditRequestFilter.class);
    private static final String ACTOR_ATTRIBUTE = AuditRequestFilter.class.getName() + ".actor";
    private static final String RECORDED_ATTRIBUTE = AuditRequestFilter.class.getName() + ".recorded";
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String LOGIN_PATH = "/api/v1/auth/login";
    private static final String ENTERPRISE_ROUTE = "/api/v1/enterprises/{id}";
    private static final int MAX_ANSWER_READ = 64 * 1024;

    private final AuditLog audit;
    private final JsonMapper json;

    AuditRequestFilter(AuditLog audit, JsonMapper json) {
        this.audit = audit;
        this.json = json;
    }

    /** Called by the authentication filters, so that the actor is known even after the context is cleared. */
    static void rememberActor(HttpServletRequest request, Actor actor) {
        request.setAttribute(ACTOR_ATTRIBUTE, actor);
    }

    /** Called by a handler that writes its own, more telling entries (the login). */
    static void recordedByHandler(HttpServletRequest request) {
        request.setAttribute(RECORDED_ATTRIBUTE, Boolean.TRUE);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !path.startsWith("/api/") || !(STATE_CHANGING.contains(request.getMethod()) || isDownload(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean download = isDownload(request);
        ContentCachingResponseWrapper answer = download ? null : new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer == null ? response : answer);
        } finally {
            try {
                if (!exempt(request)) {
                    record(request, response.getStatus(), answer, download);
                }
            } finally {
                if (answer != null) {
                    answer.copyBodyToResponse();
                }
            }
        }
    }

    private void record(HttpServletRequest request, int status, @Nullable ContentCachingResponseWrapper answer,
            boolean download) {
        boolean login = path(request).equals(LOGIN_PATH);
        String route = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String action = login ? LoginService.ACTION_LOGIN
                : request.getMethod() + " " + (route != null ? route : request.getRequestURI());
        String location = answer == null ? null : answer.getHeader(HttpHeaders.LOCATION);
        String resource = location != null ? location
                : download && request.getQueryString() != null ? request.getRequestURI() + "?" + request.getQueryString()
                : request.getRequestURI();
        Actor actor = actor(request);
        try {
            audit.append(AuditRecord.of(actor, action, resource, AuditOutcome.ofStatus(status), status,
                    request.getRemoteAddr(), login ? "refused before the credentials were checked" : null)
                    .concerning(actor == null || actor.scope().kind() == ScopeKind.ENTERPRISE ? null
                            : target(request, route, answer)));
        } catch (RuntimeException ex) {
            log.error("Could not write the audit entry for {} {} ({})", request.getMethod(), resource, status, ex);
        }
    }

    private @Nullable UUID target(HttpServletRequest request, @Nullable String route,
            @Nullable ContentCachingResponseWrapper answer) {
        UUID named = AuditTarget.of(request);
        if (named != null) {
            return named;
        }
        if (route != null && route.startsWith(ENTERPRISE_ROUTE)
                && request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars) {
            return uuid(vars.get("id"));
        }
        return answer == null ? null : enterpriseIdOf(answer);
    }

    private @Nullable UUID enterpriseIdOf(ContentCachingResponseWrapper answer) {
        byte[] body = answer.getContentAsByteArray();
        if (body.length == 0 || body.length > MAX_ANSWER_READ || answer.getContentType() == null
                || !MediaType.parseMediaType(answer.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON)) {
            return null;
        }
        try {
            JsonNode node = json.readTree(body).path("enterpriseId");
            return node.isString() ? uuid(node.asString()) : null;
        } catch (JacksonException ex) {
            return null;
        }
    }

    private static @Nullable UUID uuid(@Nullable Object value) {
        try {
            return value == null ? null : UUID.fromString(value.toString());
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static boolean exempt(HttpServletRequest request) {
        if (request.getAttribute(RECORDED_ATTRIBUTE) != null) {
            return true;
        }
        return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && (handler.hasMethodAnnotation(AuditExempt.class)
                        || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), AuditExempt.class));
    }

    /** An Excel download: a GET of an .xlsx file or of an export route. */
    private static boolean isDownload(HttpServletRequest request) {
        String path = path(request);
        return "GET".equals(request.getMethod()) && (path.endsWith(".xlsx") || path.contains("/export"));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static @Nullable Actor actor(HttpServletRequest request) {
        return request.getAttribute(ACTOR_ATTRIBUTE) instanceof Actor actor ? actor : null;
    }
}
