package org.chemsafe.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Looks up users for other modules (no scope check: callers compare the user's scope themselves). */
public interface UserDirectory {

    Optional<UserSummary> find(UUID id);

    /** The enabled users of the enterprise holding any of the roles, and the enabled users with these ids. */
    List<UserSummary> recipients(UUID enterpriseId, Set<String> roleCodes, Set<UUID> userIds);
}
