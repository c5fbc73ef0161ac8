package org.chemsafe.enterprise.internal.unit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chemsafe.enterprise.ProductionStatus;
import org.jspecify.annotations.Nullable;

record StatusChangeRequest(@NotNull ProductionStatus status, @Nullable @Size(max = 256) String reason) {
}
