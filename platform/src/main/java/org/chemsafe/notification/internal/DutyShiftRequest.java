package org.chemsafe.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chemsafe.shared.SingleLine;
import org.jspecify.annotations.Nullable;

/**
 * A duty shift as created or changed: {@code enterpriseId} only from platform or region users; the members are
 * enabled users of the enterprise; it ends after it starts and lasts at most {@link DutyShifts#LONGEST}.
 */
record DutyShiftRequest(
        @Nullable UUID enterpriseId,
        @NotBlank @Size(max = 64) @SingleLine String name,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @NotEmpty @Size(max = 50) List<@NotNull UUID> memberIds) {
}
