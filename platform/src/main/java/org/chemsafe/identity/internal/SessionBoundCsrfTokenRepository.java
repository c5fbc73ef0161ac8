package org.chemsafe.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * The CSRF token as the SPA reads it (the XSRF-TOKEN cookie, echoed in X-XSRF-TOKEN) without a session for anonymous
 * callers, and bound to the session once signed in. Before login the cookie is the reference (double submit), so an
 * anonymous caller costs no session; login replaces the token (AuthController), and from then on the session's copy
 * is the reference, so the token from before login no longer works, even when a client still presents it as cookie.
 */
class SessionBoundCsrfTokenRepository implements CsrfTokenRepository {

    private static final String ATTRIBUTE = SessionBoundCsrfTokenRepository.class.getName() + ".token";

    private final CookieCsrfTokenRepository cookies = CookieCsrfTokenRepository.withHttpOnlyFalse();

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return cookies.generateToken(request);
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        cookies.saveToken(token, request, response);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(ATTRIBUTE, token);
        }
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return cookies.loadToken(request);
        }
        // a session without a token (none was issued since login) has none: a new one is issued and must be used
        return (CsrfToken) session.getAttribute(ATTRIBUTE);
    }
}
