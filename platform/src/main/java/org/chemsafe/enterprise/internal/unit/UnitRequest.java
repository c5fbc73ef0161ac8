package org.chemsafe.enterprise.internal.unit;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chemsafe.enterprise.HazardUnitKind;
import org.chemsafe.enterprise.ProductionStatus;
import org.chemsafe.shared.SingleLine;
import org.jspecify.annotations.Nullable;

/**
 * A hazard unit to register or save. Hazardous processes and the status apply to production units only; a new
 * production unit without a status is running. The enterprise is the caller's own unless a platform user names one.
 */
record UnitRequest(@Nullable UUID enterpriseId, @NotNull HazardUnitKind kind,
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._/-]+", message = "{unit.code.pattern}") String code,
        @NotBlank @Size(max = 64) @SingleLine String name, @Nullable UUID areaId,
        @Nullable @Size(max = 18) Set<@NotBlank @Size(max = 32) @SingleLine String> hazardousProcesses,
        @Nullable ProductionStatus status) {

    Set<String> processes() {
        return hazardousProcesses == null ? Set.of() : hazardousProcesses;
    }
}
