package org.chemsafe.enterprise.internal;

import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ScopeKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Scope checks for rows an enterprise owns: which enterprise a write goes to, and whether a row may be seen. */
@Component
public class EnterpriseScopes implements EnterpriseAccess {

    private final EnterpriseDirectory directory;

    EnterpriseScopes(EnterpriseDirectory directory) {
        this.directory = directory;
    }

    /**
     * The enterprise a new row belongs to: an enterprise user's own (naming another is refused); for platform and
     * government users the named one, which must lie in their scope.
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
        if (!directory.filterFor(actor.scope()).permits(requested)) {
            throw ProblemException.forbidden("enterprise.owner.other");
        }
        return requested;
    }

    /** Answers 404 for a row of an enterprise outside the caller's scope, as if it did not exist. */
    public void checkVisible(Actor actor, UUID enterpriseId, String resource, Object id) {
        if (!directory.filterFor(actor.scope()).permits(enterpriseId)) {
            throw ProblemException.notFound(resource, id);
        }
    }
}
