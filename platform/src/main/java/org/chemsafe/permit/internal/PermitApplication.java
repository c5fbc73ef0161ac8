package org.chemsafe.permit.internal;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chemsafe.shared.SingleLine;
import org.jspecify.annotations.Nullable;

/**
 * An application for a special-work permit.
 *
 * @param enterpriseId the enterprise, for platform users (an enterprise user's own otherwise)
 * @param location     where the work is done (作业地点)
 * @param content      what is done (作业内容)
 * @param facts        the facts that grade it; {@code plannedStart} and {@code plannedEnd} are required here
 */
record PermitApplication(@Nullable UUID enterpriseId, @NotBlank @Size(max = 200) @SingleLine String location,
        @NotBlank @Size(max = 500) String content, @NotNull @Valid ClassifyRequest facts) {
}
