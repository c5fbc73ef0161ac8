package org.chemsafe.dualprevention.internal.hidden;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The report that a hidden danger is rectified, with the photos of the result ({@code dangerAcceptImg}, ids of
 * photos of the danger's enterprise).
 */
record RectificationReport(@NotEmpty @Size(max = PhotoReferences.MAX) List<@NotNull UUID> dangerAcceptImg,
        @Nullable @Size(max = 2000) String comment) {
}
