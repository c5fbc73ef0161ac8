package org.chemsafe.enterprise;

import java.util.UUID;

import org.chemsafe.shared.Actor;
import org.jspecify.annotations.Nullable;

/**
 * The one owner check for writes of enterprise-owned rows, used by every module. Reads need no check here: they go
 * through {@link org.chemsafe.shared.ScopedJdbc}, which puts the caller's scope in the SQL.
 */
public interface EnterpriseAccess {

    /**
     * The enterprise a new row belongs to: an enterprise user's own (naming another is refused with 403); for platform
     * and government users the named one, which is required (422), must exist (404) and must lie in their scope (403).
     */
    UUID ownerFor(Actor actor, @Nullable UUID requested);
}
