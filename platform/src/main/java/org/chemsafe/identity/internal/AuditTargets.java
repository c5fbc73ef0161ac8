package org.chemsafe.identity.internal;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Names the enterprise a request's action concerns, for its audit entry: services that resolve the target of a
 * write (the user changed, the token's enterprise) call {@link #concerns}; {@link AuditRequestFilter} reads it.
 * Outside a request it does nothing.
 */
final class AuditTargets {

    private static final String ATTRIBUTE = AuditTargets.class.getName() + ".enterprise";

    private AuditTargets() {
    }

    static void concerns(@Nullable UUID enterpriseId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (enterpriseId != null && request != null) {
            request.setAttribute(ATTRIBUTE, enterpriseId, RequestAttributes.SCOPE_REQUEST);
        }
    }

    static @Nullable UUID of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof UUID id ? id : null;
    }
}
