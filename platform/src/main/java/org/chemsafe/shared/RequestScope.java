package org.chemsafe.shared;

import java.util.Optional;

/**
 * The current request's caller scope, resolved to its enterprises once per request: a filter fills it after
 * authentication ({@code shared.web.RequestScopeFilter}) and clears it when the request ends. {@link ScopedJdbc}
 * reads it instead of resolving a region scope per statement, and the database backstop ({@code shared.db}) sets it
 * on every connection handed out during the request. Work outside a request (start-up, event listeners) has none.
 */
public final class RequestScope {

    private static final ThreadLocal<Resolved> CURRENT = new ThreadLocal<>();

    private RequestScope() {
    }

    /** A scope and the enterprises it may see, resolved together. */
    public record Resolved(DataScope scope, EnterpriseFilter filter) {
    }

    public static Optional<Resolved> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The resolved filter when the given scope is the request's; otherwise (another scope, no request) empty. */
    public static Optional<EnterpriseFilter> filterFor(DataScope scope) {
        Resolved resolved = CURRENT.get();
        return resolved != null && resolved.scope().equals(scope) ? Optional.of(resolved.filter()) : Optional.empty();
    }

    public static void set(DataScope scope, EnterpriseFilter filter) {
        CURRENT.set(new Resolved(scope, filter));
    }

    public static void clear() {
        CURRENT.remove();
    }
}
