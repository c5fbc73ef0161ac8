package org.chemsafe.dualprevention.internal.hidden;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The report that a hidden danger is rectified, with the photos of the result ({@code dangerAcceptImg}). */
record RectificationReport(
        @NotEmpty @Size(max = PhotoReferences.MAX) List<@NotBlank @Size(max = PhotoReferences.LENGTH) String> dangerAcceptImg,
        @Nullable @Size(max = 2000) String comment) {
}
