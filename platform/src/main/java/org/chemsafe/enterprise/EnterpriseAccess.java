package org.chemsafe.enterprise;

import java.util.UUID;

import org.chemsafe.shared.Actor;
import org.jspecify.annotations.Nullable;

/**
 * The one owner check for writes of enterprise-owned rows, used by every module, and the check of a read that is about
 * one enterprise (an export, its settings). Reads of rows need no check here: they go through
 * {@link org.chemsafe.shared.ScopedJdbc}, which puts the caller's scope in the SQL.
 */
public interface EnterpriseAccess {

    /**
     * The enterprise a new row belongs to: an enterprise user's own (naming another is refused with 403); for platform
     * and government users the named one, which is required (422), must exist (404) and must lie in their scope (403).
     */
    UUID ownerFor(Actor actor, @Nullable UUID requested);

    /**
     * The one enterprise a read is about: an enterprise user's own (naming another is 404, as it is not there for
     * them); for platform and government users the named one, which is required (422) and must exist and lie in
     * their scope (404 otherwise).
     */
    UUID readableFor(Actor actor, @Nullable UUID requested);
}
