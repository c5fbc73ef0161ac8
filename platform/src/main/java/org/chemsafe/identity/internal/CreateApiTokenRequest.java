package org.chemsafe.identity.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chemsafe.shared.SingleLine;
import org.jspecify.annotations.Nullable;

/** A token to create; the enterprise defaults to the caller's own (enterprise users may name no other). */
record CreateApiTokenRequest(@NotBlank @Size(max = 64) @SingleLine String name, @NotNull ApiTokenPurpose purpose,
        @Nullable UUID enterpriseId, @Nullable @Future Instant expiresAt) {
}
