package org.chemsafe.dualprevention.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.chemsafe.dualprevention.DualPreventionPermissions;
import org.chemsafe.dualprevention.RiskCalculationRequest;
import org.chemsafe.dualprevention.RiskCalculationResult;
import org.chemsafe.dualprevention.RiskCalculator;
import org.chemsafe.dualprevention.RiskFactorsRejected;
import org.chemsafe.dualprevention.RiskMethodTables;
import org.chemsafe.shared.AuditExempt;
import org.chemsafe.shared.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Dual prevention")
class RiskAssessmentController {

    private final RiskCalculator calculator;
    private final FieldRejections rejections;
    private final RiskBandSettings bands;

    RiskAssessmentController(RiskCalculator calculator, FieldRejections rejections, RiskBandSettings bands) {
        this.bands = bands;
        this.calculator = calculator;
        this.rejections = rejections;
    }

    @PostMapping("/api/v1/risk-assessments/calculate")
    @AuditExempt("a stateless calculation: it changes nothing")
    @PreAuthorize("hasAuthority('" + DualPreventionPermissions.DUAL_PREVENTION_READ + "')")
    @Operation(summary = "Grade a risk by LEC, LS or MES with the caller's enterprise's bands (GET /api/v1/risk-bands/"
            + "{method}), the default bands for platform and government users (a calculation; nothing is stored)",
            description = """
                    LEC: D = L·E·C with l, e, c; LS: R = L·S with l, s; MES: R = M·E·S with m, e, s. Each factor \
                    must be one of the method's table values (GET /api/v1/risk-assessments/methods). Levels MAJOR \
                    (重大, RED), HIGH (较大, ORANGE), MEDIUM (一般, YELLOW), LOW (低, BLUE); the default bands: LEC \
                    D > 320, D ≥ 160, D ≥ 70; LS R ≥ 20, R ≥ 10, R ≥ 4; MES R > 180, R > 90, R > 50. A missing \
                    factor, a value not in the table or a factor the method does not use is a 400 problem naming \
                    the factor.""")
    RiskCalculationResult calculate(@Valid @RequestBody RiskCalculationRequest request) {
        UUID enterpriseId = CurrentActor.get().scope().enterpriseId();
        try {
            return calculator.calculate(request, enterpriseId == null ? calculator.defaultBands(request.method())
                    : bands.of(enterpriseId, request.method()));
        } catch (RiskFactorsRejected ex) {
            throw rejections.invalid(ex);
        }
    }

    @GetMapping("/api/v1/risk-assessments/methods")
    @PreAuthorize("hasAuthority('" + DualPreventionPermissions.DUAL_PREVENTION_READ + "')")
    @Operation(summary = "The scoring tables of LEC, LS and MES and their default bands")
    List<RiskMethodTables> methods() {
        return calculator.tables();
    }
}
