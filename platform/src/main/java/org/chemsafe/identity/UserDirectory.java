package org.chemsafe.identity;

import java.util.Optional;
import java.util.UUID;

/** Looks up users for other modules (no scope check: callers compare the user's scope themselves). */
public interface UserDirectory {

    Optional<UserSummary> find(UUID id);
}
