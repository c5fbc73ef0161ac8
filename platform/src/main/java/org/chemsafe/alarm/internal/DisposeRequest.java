package org.chemsafe.alarm.internal;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chemsafe.shared.SingleLine;
import org.jspecify.annotations.Nullable;

/** The disposal of an alarm (处置): its cause, the measures taken, and references to attachments (photos, reports). */
record DisposeRequest(@NotNull CauseCategory causeCategory, @NotBlank @Size(max = 2000) String measures,
        @Nullable @Size(max = 20) List<@NotBlank @Size(max = 500) @SingleLine String> attachments) {
}
