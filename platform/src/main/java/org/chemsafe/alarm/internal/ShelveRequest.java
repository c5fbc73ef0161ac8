package org.chemsafe.alarm.internal;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chemsafe.shared.SingleLine;

/** Shelving an alarm: why, and until when (in the future, at most the configured longest shelf ahead). */
record ShelveRequest(@NotBlank @Size(max = 500) @SingleLine String reason, @NotNull Instant until) {
}
