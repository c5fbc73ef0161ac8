package org.chemsafe.dualprevention.internal.register;

import java.util.UUID;

import org.chemsafe.shared.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Dual prevention")
class RiskMapController {

    private final RiskMap riskMap;

    RiskMapController(RiskMap riskMap) {
        this.riskMap = riskMap;
    }

    @GetMapping("/api/v1/risk-map")
    @PreAuthorize(RiskRegisterController.READ)
    @Operation(summary = "The site's 四色图: each area of its plan with the highest current risk level of the units "
            + "in it, its colour and the counts behind it")
    RiskMapView riskMap(@RequestParam UUID siteId) {
        return riskMap.of(CurrentActor.get(), siteId);
    }
}
