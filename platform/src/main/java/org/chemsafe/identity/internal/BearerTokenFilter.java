package org.chemsafe.identity.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chemsafe.shared.Actor;
import org.chemsafe.shared.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates machine clients by {@code Authorization: Bearer <API token>}. The context is not saved in a
 * session: each request carries its token. An unknown, revoked or expired token is answered 401 at once. The
 * configured metrics secret ({@link MetricsToken}) is accepted the same way, for the actuator only.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final MetricsToken metricsToken;
    private final ProblemSecurityHandlers handlers;

    BearerTokenFilter(ApiTokens tokens, MetricsToken metricsToken, ProblemSecurityHandlers handlers) {
        this.tokens = tokens;
        this.metricsToken = metricsToken;
        this.handlers = handlers;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        String presented = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
        Optional<Authentication> authentication = tokens.authenticate(presented)
                .or(() -> metricsToken.authenticate(presented));
        if (authentication.isEmpty()) {
            handlers.write(request, response, ProblemType.UNAUTHENTICATED, "problem.unauthenticated.token");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication.get());
        SecurityContextHolder.setContext(context);
        AuditRequestFilter.rememberActor(request, (Actor) authentication.get().getPrincipal());
        chain.doFilter(request, response);
    }
}
