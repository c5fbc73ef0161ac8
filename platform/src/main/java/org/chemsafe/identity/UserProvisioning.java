package org.chemsafe.identity;

import java.util.UUID;

/**
 * Creates users without a caller's scope check, for the platform's own set-up (bootstrap administrator, demo data).
 * Requests from people go through the user endpoints, which check the caller's scope.
 */
public interface UserProvisioning {

    UUID provision(NewUser user);

    boolean exists(String username);
}
