package org.chemsafe.dualprevention.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chemsafe.dualprevention.DualPreventionPermissions;
import org.chemsafe.dualprevention.RiskBand;
import org.chemsafe.dualprevention.RiskMethod;
import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.shared.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** An enterprise's own risk criteria (风险判定准则): the level bands of LEC, LS and MES its assessments use. */
@RestController
@Tag(name = "Dual prevention")
class RiskBandController {

    /** The bands an enterprise sets for a method, one per level, most severe first. */
    record RiskBandsRequest(@Nullable UUID enterpriseId, @NotNull @Size(min = 4, max = 4) List<@NotNull RiskBand> bands) {
    }

    private final RiskBandSettings settings;
    private final EnterpriseAccess access;

    RiskBandController(RiskBandSettings settings, EnterpriseAccess access) {
        this.settings = settings;
        this.access = access;
    }

    @GetMapping("/api/v1/risk-bands/{method}")
    @PreAuthorize("hasAuthority('" + DualPreventionPermissions.DUAL_PREVENTION_READ + "')")
    @Operation(summary = "The bands the enterprise grades the method by: its own, or the platform's defaults")
    RiskBandSetting get(@PathVariable RiskMethod method,
            @RequestParam(required = false) @Nullable UUID enterpriseId) {
        return settings.setting(access.readableFor(CurrentActor.get(), enterpriseId), method);
    }

    @PutMapping("/api/v1/risk-bands/{method}")
    @PreAuthorize("hasAuthority('" + DualPreventionPermissions.DUAL_PREVENTION_WRITE + "')")
    @Operation(summary = "Set the enterprise's own bands for the method (one per level, most severe first, falling "
            + "lower bounds, none on LOW); later assessments use them")
    RiskBandSetting set(@PathVariable RiskMethod method, @Valid @RequestBody RiskBandsRequest request) {
        return settings.set(CurrentActor.get(), access.ownerFor(CurrentActor.get(), request.enterpriseId()), method,
                request.bands());
    }

    @DeleteMapping("/api/v1/risk-bands/{method}")
    @PreAuthorize("hasAuthority('" + DualPreventionPermissions.DUAL_PREVENTION_WRITE + "')")
    @Operation(summary = "Go back to the platform's default bands for the method")
    RiskBandSetting reset(@PathVariable RiskMethod method,
            @RequestParam(required = false) @Nullable UUID enterpriseId) {
        return settings.reset(access.ownerFor(CurrentActor.get(), enterpriseId), method);
    }
}
