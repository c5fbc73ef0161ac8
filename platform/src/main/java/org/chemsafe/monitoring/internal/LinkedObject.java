package org.chemsafe.monitoring.internal;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The registry object a point is installed on: its kind and id (no foreign key into the owning module's tables). */
record LinkedObject(@NotNull LinkedObjectKind kind, @NotNull UUID id) {
}
