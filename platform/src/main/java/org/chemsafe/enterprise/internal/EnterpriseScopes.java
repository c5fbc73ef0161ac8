package org.chemsafe.enterprise.internal;

import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ScopeKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The owner check for writes of rows an enterprise owns (reads are scoped in their SQL by ScopedJdbc). */
@Component
class EnterpriseScopes implements EnterpriseAccess {

    private final EnterpriseDirectory directory;

    EnterpriseScopes(EnterpriseDirectory directory) {
        this.directory = directory;
    }

    /**
     * The enterprise a new row belongs to: an enterprise user's own (naming another is refused); for platform and
     * government users the named one, which must exist (404) and lie in their scope (403).
     */
    @Override
    public UUID ownerFor(Actor actor, @Nullable UUID requested) {
        if (actor.scope().kind() == ScopeKind.ENTERPRISE) {
            UUID own = actor.scope().enterpriseId();
            if (requested != null && !requested.equals(own)) {
                throw ProblemException.forbidden("enterprise.owner.other");
            }
            return own;
        }
        if (requested == null) {
            throw ProblemException.ruleViolation("enterprise.owner.required");
        }
        if (directory.findEnterprise(requested).isEmpty()) {
            throw ProblemException.notFound("enterprise", requested);
        }
        if (!directory.filterFor(actor.scope()).permits(requested)) {
            throw ProblemException.forbidden("enterprise.owner.other");
        }
        AuditTarget.concerns(requested);
        return requested;
    }

    @Override
    public UUID readableFor(Actor actor, @Nullable UUID requested) {
        UUID target = requested != null ? requested : actor.scope().enterpriseId();
        if (target == null) {
            throw ProblemException.ruleViolation("enterprise.owner.required");
        }
        if (directory.findEnterprise(target).isEmpty() || !directory.filterFor(actor.scope()).permits(target)) {
            throw ProblemException.notFound("enterprise", target);
        }
        AuditTarget.concerns(target);
        return target;
    }
}
