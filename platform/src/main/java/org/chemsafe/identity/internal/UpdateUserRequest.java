package org.chemsafe.identity.internal;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chemsafe.shared.PhoneNumber;
import org.chemsafe.shared.SingleLine;
import org.jspecify.annotations.Nullable;

record UpdateUserRequest(@NotBlank @Size(max = 64) @SingleLine String displayName,
        @Nullable @PhoneNumber String phone,
        @Nullable @Email @Size(max = 128) String email,
        @NotEmpty @Size(max = 10) Set<@NotBlank @Size(max = 32) String> roleCodes,
        @NotNull Boolean enabled) {
}
