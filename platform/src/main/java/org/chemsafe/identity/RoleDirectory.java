package org.chemsafe.identity;

import java.util.Set;
import java.util.UUID;

/** The roles of the platform and who holds them, for modules that bind their own functions to roles. */
public interface RoleDirectory {

    /** The codes of the roles the user holds (none for an unknown user). */
    Set<String> rolesOf(UUID userId);

    /** The codes of every role, built-in and the enterprises' own. */
    Set<String> codes();
}
