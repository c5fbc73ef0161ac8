package org.chemsafe.identity.internal;

import jakarta.servlet.http.HttpSession;

/**
 * Binds a session to the password it was signed in with: the session keeps a fingerprint of the password hash, and
 * {@link SessionUserFilter} ends a session whose fingerprint no longer matches. A password change or reset thus ends
 * the user's other sessions at their next request (the session that changed its own password is re-bound).
 */
final class SessionCredentials {

    private static final String ATTRIBUTE = SessionCredentials.class.getName() + ".fingerprint";

    private SessionCredentials() {
    }

    static void bind(HttpSession session, String passwordHash) {
        session.setAttribute(ATTRIBUTE, fingerprint(passwordHash));
    }

    static boolean matches(HttpSession session, String passwordHash) {
        return fingerprint(passwordHash).equals(session.getAttribute(ATTRIBUTE));
    }

    private static String fingerprint(String passwordHash) {
        // the hash itself need not sit in session memory; its digest tells a change just as well
        return ApiTokens.hash(passwordHash);
    }
}
