package org.chemsafe.identity.internal;

import java.util.UUID;

import org.chemsafe.shared.Actor;
import org.chemsafe.shared.DataScope;
import org.jspecify.annotations.Nullable;

/**
 * One entry to append to the audit log: who (with their scope), what, on which resource, how it ended and from where.
 */
record AuditRecord(@Nullable Actor actor, @Nullable String actorName, @Nullable DataScope actorScope, String action,
        @Nullable String resource, AuditOutcome outcome, @Nullable Integer httpStatus, @Nullable String clientAddress,
        @Nullable String detail) {

    static AuditRecord of(@Nullable Actor actor, String action, @Nullable String resource, AuditOutcome outcome,
            @Nullable Integer httpStatus, @Nullable String clientAddress, @Nullable String detail) {
        return new AuditRecord(actor, actor == null ? null : actor.name(), actor == null ? null : actor.scope(),
                action, resource, outcome, httpStatus, clientAddress, detail);
    }

    @Nullable
    UUID enterpriseId() {
        return actorScope == null ? null : actorScope.enterpriseId();
    }
}
