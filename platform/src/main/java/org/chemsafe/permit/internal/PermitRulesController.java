package org.chemsafe.permit.internal;

import org.chemsafe.permit.WorkType;

import java.util.List;

import org.springframework.web.bind.annotation.RequestParam;

import org.springframework.web.bind.annotation.GetMapping;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.chemsafe.enterprise.ChemicalCatalogue;
import org.chemsafe.enterprise.ChemicalInfo;
import org.chemsafe.permit.PermitPermissions;
import org.chemsafe.shared.AuditExempt;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The stateless GB 30871-2022 checks: the contract of mobile pre-checks; nothing is stored. */
@RestController
@Tag(name = "Special-work permits")
class PermitRulesController {

    private final WorkClassifier classifier;
    private final GasAnalysisRules gasRules;
    private final RuleFindings findings;
    private final ChemicalCatalogue chemicals;
    private final SafetyMeasures measures;
    private final FormFields formFields;

    PermitRulesController(WorkClassifier classifier, GasAnalysisRules gasRules, RuleFindings findings,
            ChemicalCatalogue chemicals, SafetyMeasures measures, FormFields formFields) {
        this.formFields = formFields;
        this.classifier = classifier;
        this.gasRules = gasRules;
        this.findings = findings;
        this.chemicals = chemicals;
        this.measures = measures;
    }

    @GetMapping("/api/v1/permits/rules/safety-measures")
    @PreAuthorize("hasAuthority('" + PermitPermissions.PERMIT_READ + "')")
    @Operation(summary = "The safety-measure checklist of a type's Appendix A form, in the form's order")
    List<SafetyMeasure> safetyMeasures(@RequestParam WorkType type) {
        return measures.of(type);
    }

    @GetMapping("/api/v1/permits/rules/form-fields")
    @PreAuthorize("hasAuthority('" + PermitPermissions.PERMIT_READ + "')")
    @Operation(summary = "The fields of a type's Appendix A form an application gives in its details, in the form's "
            + "order: the common ones, then the type's own")
    List<FormField> formFields(@RequestParam WorkType type) {
        return formFields.of(type);
    }

    @PostMapping("/api/v1/permits/rules/classify")
    @AuditExempt("a stateless check: it changes nothing")
    @PreAuthorize("hasAuthority('" + PermitPermissions.PERMIT_READ + "')")
    @Operation(summary = "Grade planned special work and state its validity, approver, gas analysis and weather stops",
            description = """
                    GB 30871-2022. Hot work: 特级 in operation inside a fire/explosion area or inside a major-hazard \
                    tank bund, 一级 elsewhere in such an area or on a pipe rack, else 二级 (5.1.1); one grade higher \
                    when the plan touches a holiday, a rest day (national calendar) or the night window, or outdoors at \
                    wind force 5 or more (5.1.1, 5.2.15). Height: bands 2–5, 5–15, 15–30, over 30 m, method A or B \
                    (8.1.3), raised by the Table B.1 note 2 situations; below 2 m no permit. Lifting: 一级 over \
                    100 t, 二级 40–100 t, 三级 under 40 t, optional under 10 t (9.1, B.1). Validity: 特级/一级 8 h, \
                    二级 72 h, confined space 24 h, height 7 days, temporary power 15 days (30 in a special case, \
                    never beyond the work it powers), the other types the enterprise's default. Each finding \
                    names its rule and clause.""")
    ClassificationView classify(@Valid @RequestBody ClassifyRequest facts) {
        WorkClassification result = classifier.classify(facts);
        return new ClassificationView(result.type(), result.grade(), result.baseGrade(),
                result.upgradeReasons().stream().map(findings::describe).toList(), result.exemption() == null,
                result.exemption() == null ? null : findings.describe(result.exemption()),
                result.maxValidity().toMinutes(), result.approver(), result.gasAnalysisRequired(),
                result.weatherStop() == null ? null : findings.describe(result.weatherStop()),
                result.violations().stream().map(findings::describe).toList());
    }

    @PostMapping("/api/v1/permits/rules/gas-check")
    @AuditExempt("a stateless check: it changes nothing")
    @PreAuthorize("hasAuthority('" + PermitPermissions.PERMIT_READ + "')")
    @Operation(summary = "Judge a gas analysis before special work starts or resumes",
            description = """
                    GB 30871-2022. Flammable gas at most 0.5 % vol when its LEL is 4 % or more, 0.2 % vol below \
                    (5.3.2); oxygen 19.5–21 % vol in a confined space, up to 23.5 % when enriched (6.4), at most \
                    23.5 % in oxygen equipment (5.2.7); toxic gases within their limits (6.4). Sampled at most \
                    30 min before the start (5.3.1 c, 6.3 a); fresh again after an interruption over 30 min (特级, \
                    一级) or 60 min (二级, confined space) (5.3.1 d, 6.3 f). A sample's `substance` is a chemical of \
                    the catalogue with its LEL recorded, else give `lelPercent`.""")
    GasCheckView gasCheck(@Valid @RequestBody GasCheckRequest analysis) {
        GasVerdict verdict = gasRules.check(analysis, lowerExplosiveLimits(analysis));
        return new GasCheckView(verdict.pass(), verdict.reasons().stream().map(findings::describe).toList(),
                verdict.validUntil(), verdict.retestRequiredAt());
    }

    /** The LEL of each named substance; one not visible to the caller, or without an LEL, is a 400 naming it. */
    private Map<UUID, BigDecimal> lowerExplosiveLimits(GasCheckRequest analysis) {
        Map<UUID, BigDecimal> limits = new HashMap<>();
        for (int i = 0; i < analysis.samples().size(); i++) {
            GasSample sample = analysis.samples().get(i);
            if (sample.substance() == null || sample.lelPercent() != null) {
                continue;
            }
            BigDecimal lel = chemicals.find(sample.substance()).map(ChemicalInfo::lel).orElse(null);
            if (lel == null) {
                throw findings.invalid("samples[" + i + "].substance", "noLowerExplosiveLimit",
                        "permit.gas.substance-without-lel");
            }
            limits.put(sample.substance(), lel);
        }
        return limits;
    }
}
