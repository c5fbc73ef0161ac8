package org.chemsafe.dualprevention.internal;

import jakarta.validation.Valid;

import org.chemsafe.dualprevention.DualPreventionPermissions;
import org.chemsafe.shared.AuditExempt;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The stateless risk calculator, for clients and tests; nothing is stored. */
@RestController
@Tag(name = "Dual prevention")
class RiskAssessmentController {

    private final RiskCalculator calculator;

    RiskAssessmentController(RiskCalculator calculator) {
        this.calculator = calculator;
    }

    @PostMapping("/api/v1/risk-assessments/calculate")
    @AuditExempt("a stateless calculation: it changes nothing")
    @PreAuthorize("hasAuthority('" + DualPreventionPermissions.DUAL_PREVENTION_READ + "')")
    @Operation(summary = "Score a risk event with LEC, LS or MES and grade it (a calculation; nothing is stored)",
            description = """
                    LEC: D = L·E·C with L 0.1–10, E 0.5–10, C 1–100 from the classic tables; D > 320 重大 (red), \
                    160–320 较大 (orange), 70–160 一般 (yellow), below 70 低 (blue), a threshold value taking the more \
                    severe band except 320. LS: R = L·S, each 1–5; 20–25 重大, 10–16 较大, 4–9 一般, 1–3 低. MES: \
                    R = M·E·S with M 1/3/5, E 0.5–10, S 1–10; over 180 重大, 91–180 较大, 51–90 一般, 50 or less 低. \
                    A value its table does not list, a missing factor or another method's factor is a 400 problem \
                    naming the factor (l, e, c, m, s).""")
    RiskCalculationView calculate(@Valid @RequestBody RiskCalculationRequest request) {
        return RiskCalculationView.of(calculator.assess(request.method(), request.given()));
    }
}
