package org.chemsafe.identity.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.chemsafe.shared.Actor;
import org.chemsafe.shared.CurrentActor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a session's user current: a user disabled or removed since signing in, or whose password was changed or
 * reset since ({@link SessionCredentials}), loses the session at the next request, and role changes take effect at
 * once. One indexed lookup per signed-in request.
 */
class SessionUserFilter extends OncePerRequestFilter {

    private final UserRepository users;
    private final UserActors actors;

    SessionUserFilter(UserRepository users, UserActors actors) {
        this.users = users;
        this.actors = actors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Actor> actor = CurrentActor.find().filter(found -> found.kind() == Actor.Kind.USER);
        if (actor.isPresent()) {
            HttpSession session = request.getSession(false);
            Optional<Authentication> refreshed = users.find(actor.get().id())
                    .filter(user -> user.enabled() && session != null
                            && SessionCredentials.matches(session, user.passwordHash()))
                    .map(actors::authenticationOf);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            if (refreshed.isPresent()) {
                context.setAuthentication(refreshed.get());
                AuditRequestFilter.rememberActor(request, (Actor) refreshed.get().getPrincipal());
            } else if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
