package org.chemsafe.identity.internal;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chemsafe.shared.PhoneNumber;
import org.chemsafe.shared.SingleLine;
import org.jspecify.annotations.Nullable;

record CreateUserRequest(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{identity.user.username-pattern}") String username,
        @NotBlank @Size(max = 64) @SingleLine String displayName,
        @Nullable @PhoneNumber String phone,
        @Nullable @Email @Size(max = 128) String email,
        @NotBlank @Size(max = 128) String password,
        @NotEmpty @Size(max = 10) Set<@NotBlank @Size(max = 32) String> roleCodes,
        @NotNull @Valid ScopeRequest scope) {
}
