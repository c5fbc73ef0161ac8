package org.chemsafe.identity.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chemsafe.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every state-changing API request in the audit log after it is answered, refused ones included: who, with
 * which scope, the action (method and route), the resource, the outcome and the client address. It runs just
 * outside the security filters (whose order is -100), so requests they refuse are recorded too. Login attempts are
 * recorded by the login itself, with the reason.
 */
@Component
@Order(-101)
class AuditRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditRequestFilter.class);
    private static final String ACTOR_ATTRIBUTE = AuditRequestFilter.class.getName() + ".actor";
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String LOGIN_PATH = "/api/v1/auth/login";

    private final AuditLog audit;

    AuditRequestFilter(AuditLog audit) {
        this.audit = audit;
    }

    /** Called by the authentication filters, so that the actor is known even after the context is cleared. */
    static void rememberActor(HttpServletRequest request, Actor actor) {
        request.setAttribute(ACTOR_ATTRIBUTE, actor);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !STATE_CHANGING.contains(request.getMethod()) || !path.startsWith("/api/") || path.equals(LOGIN_PATH);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            record(request, response.getStatus());
        }
    }

    private void record(HttpServletRequest request, int status) {
        String route = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String resource = request.getRequestURI();
        String action = request.getMethod() + " " + (route != null ? route : resource);
        try {
            audit.append(AuditRecord.of(actor(request), action, resource, AuditOutcome.ofStatus(status), status,
                    request.getRemoteAddr(), null));
        } catch (RuntimeException ex) {
            log.error("Could not write the audit entry for {} {} ({})", request.getMethod(), resource, status, ex);
        }
    }

    private static @Nullable Actor actor(HttpServletRequest request) {
        return request.getAttribute(ACTOR_ATTRIBUTE) instanceof Actor actor ? actor : null;
    }
}
