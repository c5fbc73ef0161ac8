package org.chemsafe.enterprise.internal.site;

import org.chemsafe.shared.Actor;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ScopeKind;

/**
 * Who may edit sites, plans and areas: the enterprise's own users (with {@code enterprise:write}) and the platform
 * administrator. Region supervisors hold {@code enterprise:write} to register enterprises and correct profiles, but
 * a site plan is the enterprise's own drawing of its premises: supervisors read it and do not draw on it.
 */
final class SiteEditors {

    private SiteEditors() {
    }

    static void check(Actor actor) {
        if (actor.scope().kind() == ScopeKind.REGION) {
            throw ProblemException.forbidden("site.edit.enterprise-only");
        }
    }
}
