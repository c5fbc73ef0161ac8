package org.chemsafe.shared;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Names the enterprise a request's action concerns, so that what a supervisor or the platform does to an
 * enterprise's data is in that enterprise's audit view. Every module's service calls {@link #concerns} where it
 * resolves the enterprise of the row it is about to change: the owner check of a create
 * ({@code EnterpriseAccess.ownerFor}) and the scoped by-id read before an update or delete. The identity module's
 * audit filter reads it ({@link #of}). Outside a request it does nothing; naming it on a read is harmless, since
 * only state-changing requests and downloads are audited. {@code CrossTenantRouteTests} checks every write route.
 */
public final class AuditTarget {

    private static final String ATTRIBUTE = AuditTarget.class.getName() + ".enterprise";

    private AuditTarget() {
    }

    /** Names the enterprise of the current request's action (the last call wins); a null id names nothing. */
    public static void concerns(@Nullable UUID enterpriseId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (enterpriseId != null && request != null) {
            request.setAttribute(ATTRIBUTE, enterpriseId, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The enterprise named for this request, if any. */
    public static @Nullable UUID of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof UUID id ? id : null;
    }
}
