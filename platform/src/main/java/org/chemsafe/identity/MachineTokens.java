package org.chemsafe.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.shared.Actor;

/**
 * Verifies API tokens that machine clients present outside an HTTP request (an MQTT client's password), for the
 * modules that run such endpoints.
 */
public interface MachineTokens {

    /**
     * The token's actor (its enterprise is its scope) if the token is known, neither revoked nor expired, and of the
     * purpose (an {@code ApiTokenPurpose} name such as {@code TELEMETRY}); empty otherwise.
     */
    Optional<Actor> authenticate(String token, String purpose);

    /**
     * Issues a token of the purpose for the enterprise, for the platform's own machine clients (the demo simulator),
     * revoking the enterprise's earlier tokens of the same name; answers the token itself.
     */
    String issue(UUID enterpriseId, String name, String purpose, Instant expiresAt);
}
