package org.chemsafe.alarm.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The ladders to set, one per severity given (the others keep theirs); {@code enterpriseId} for platform users. */
@ValidLadders
record LadderRequest(@Nullable UUID enterpriseId, @NotNull @Size(min = 1, max = 4) List<@NotNull @Valid EscalationLadder> ladders) {
}
