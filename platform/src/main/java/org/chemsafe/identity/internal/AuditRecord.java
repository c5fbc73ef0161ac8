package org.chemsafe.identity.internal;

import java.util.UUID;

import org.chemsafe.shared.Actor;
import org.chemsafe.shared.DataScope;
import org.jspecify.annotations.Nullable;

/**
 * One entry to append to the audit log: who (with their scope), what, on which resource, how it ended and from where,
 * and for a caller outside an enterprise (a supervisor, the platform) the enterprise whose data the action concerns,
 * so that the enterprise sees it in its own audit view.
 */
record AuditRecord(@Nullable Actor actor, @Nullable String actorName, @Nullable DataScope actorScope, String action,
        @Nullable String resource, AuditOutcome outcome, @Nullable Integer httpStatus, @Nullable String clientAddress,
        @Nullable String detail, @Nullable UUID targetEnterpriseId) {

    static AuditRecord of(@Nullable Actor actor, String action, @Nullable String resource, AuditOutcome outcome,
            @Nullable Integer httpStatus, @Nullable String clientAddress, @Nullable String detail) {
        return named(actor, actor == null ? null : actor.name(), action, resource, outcome, httpStatus, clientAddress,
                detail);
    }

    /** An entry whose actor may be unknown but has a name (a login attempt names the username tried). */
    static AuditRecord named(@Nullable Actor actor, @Nullable String actorName, String action, @Nullable String resource,
            AuditOutcome outcome, @Nullable Integer httpStatus, @Nullable String clientAddress,
            @Nullable String detail) {
        return new AuditRecord(actor, actorName, actor == null ? null : actor.scope(), action, resource, outcome,
                httpStatus, clientAddress, detail, null);
    }

    AuditRecord concerning(@Nullable UUID enterpriseId) {
        return new AuditRecord(actor, actorName, actorScope, action, resource, outcome, httpStatus, clientAddress,
                detail, enterpriseId);
    }

    /** The enterprise the entry concerns: an enterprise caller's own, else the target enterprise (if any). */
    @Nullable
    UUID enterpriseId() {
        UUID own = actorScope == null ? null : actorScope.enterpriseId();
        return own != null ? own : targetEnterpriseId;
    }
}
