package org.chemsafe.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.identity.IdentityPermissions;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.DataScope;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The configured metrics secret ({@link ManagementSettings#metricsToken()}): a bearer presenting it may read the
 * actuator ({@link IdentityPermissions#MANAGEMENT_READ}) and nothing else.
 */
@Component
class MetricsToken {

    private static final UUID ID = new UUID(0, 1);

    private final byte[] secret;

    MetricsToken(ManagementSettings settings) {
        String configured = settings.metricsToken();
        this.secret = configured == null || configured.isBlank() ? new byte[0] : digest(configured);
    }

    Optional<Authentication> authenticate(String presented) {
        if (secret.length == 0 || !MessageDigest.isEqual(secret, digest(presented))) {
            return Optional.empty();
        }
        Actor actor = new Actor(Actor.Kind.API_TOKEN, ID, "metrics-token", DataScope.platform());
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                List.of(new SimpleGrantedAuthority(IdentityPermissions.MANAGEMENT_READ))));
    }

    private static byte[] digest(String value) {
        return ApiTokens.hash(value).getBytes(StandardCharsets.US_ASCII);
    }
}
