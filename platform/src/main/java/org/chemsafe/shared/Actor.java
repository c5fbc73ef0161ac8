package org.chemsafe.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * Who is calling: a signed-in user or an API token, with the data scope every query of theirs goes through.
 * It is the principal of the Spring Security authentication; permissions are its granted authorities.
 */
public record Actor(Kind kind, UUID id, String name, DataScope scope) implements Serializable {

    public enum Kind {
        USER,
        API_TOKEN,
        /** The platform itself, for its own set-up (bootstrap, demo data); never a request's caller. */
        SYSTEM
    }

    private static final UUID SYSTEM_ID = new UUID(0, 0);

    /** The platform acting for itself, with the platform scope. */
    public static Actor system() {
        return new Actor(Kind.SYSTEM, SYSTEM_ID, "system", DataScope.platform());
    }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
    }
}
