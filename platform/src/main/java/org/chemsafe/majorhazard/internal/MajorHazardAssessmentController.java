package org.chemsafe.majorhazard.internal;

import jakarta.validation.Valid;

import org.chemsafe.majorhazard.AssessmentRequest;
import org.chemsafe.majorhazard.AssessmentResult;
import org.chemsafe.majorhazard.MajorHazardCalculator;
import org.chemsafe.majorhazard.MajorHazardPermissions;
import org.chemsafe.shared.AuditExempt;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Major hazard sources")
class MajorHazardAssessmentController {

    private final MajorHazardCalculator calculator;

    MajorHazardAssessmentController(MajorHazardCalculator calculator) {
        this.calculator = calculator;
    }

    @PostMapping("/api/v1/major-hazards/assessments")
    @AuditExempt("a stateless calculation: it changes nothing")
    @PreAuthorize("hasAuthority('" + MajorHazardPermissions.MAJOR_HAZARD_READ + "')")
    @Operation(summary = "Identify and grade one unit under GB 18218-2018 (a calculation; nothing is stored)",
            description = """
                    Q from Table 1 (by CAS number or name), else Table 2 (lowest Q of the hazard categories); \
                    S = Σ q/Q, a major hazard source when S ≥ 1; R = α·Σ β·q/Q with β from Table 3, else Table 4 \
                    (highest β of the categories) and α from Table 5; level 1–4 from Table 6 for a major hazard \
                    source. A Table 1 substance that Table 3 does not name needs a hazard category for β: without \
                    one it is listed in missingBeta and r and level are null. Decisions use exact values; the \
                    decimals shown are truncated to 4 places. A substance that cannot be placed in Table 1 or 2 is \
                    a 422 rule-violation with the substance's path in `field`.""")
    AssessmentResult assess(@Valid @RequestBody AssessmentRequest request) {
        return calculator.assess(request);
    }
}
