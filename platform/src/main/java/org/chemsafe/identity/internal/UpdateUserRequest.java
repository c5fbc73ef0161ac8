package org.chemsafe.identity.internal;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

record UpdateUserRequest(@NotBlank @Size(max = 64) String displayName,
        @Nullable @Size(max = 32) @Pattern(regexp = "[0-9+\\- ]*", message = "{identity.user.phone-pattern}") String phone,
        @NotEmpty @Size(max = 10) Set<@NotBlank @Size(max = 32) String> roleCodes,
        @NotNull Boolean enabled) {
}
