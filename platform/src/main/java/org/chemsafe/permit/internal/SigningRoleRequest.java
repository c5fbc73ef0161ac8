package org.chemsafe.permit.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Binds a signing function to roles.
 *
 * @param enterpriseId the enterprise, for platform and government users (an enterprise user's own otherwise)
 * @param roles        the codes of the roles whose holders sign for the function
 */
record SigningRoleRequest(@Nullable UUID enterpriseId,
        @NotEmpty @Size(max = 20) List<@NotNull @Size(max = 64) String> roles) {
}
