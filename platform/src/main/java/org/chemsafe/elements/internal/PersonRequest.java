package org.chemsafe.elements.internal;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.chemsafe.shared.SingleLine;
import org.jspecify.annotations.Nullable;

/**
 * A person as registered or changed: {@code enterpriseId} only from platform or region users; the employee number
 * is unique in the enterprise; {@code enabled} defaults to true (a person who left is disabled, not removed, so the
 * permits that name them keep their name).
 */
record PersonRequest(
        @Nullable UUID enterpriseId,
        @NotBlank @Size(max = 64) @SingleLine String name,
        @Nullable @Size(max = 32) @SingleLine String employeeNo,
        @Nullable @Size(max = 64) @SingleLine String department,
        @Nullable @Size(max = 32) @SingleLine String phone,
        @Nullable @Size(max = 100) @SingleLine String contractor,
        @Nullable Boolean enabled) {
}
