package org.chemsafe.demo;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.dualprevention.DualPreventionSetup;
import org.chemsafe.dualprevention.RiskCalculationRequest;
import org.chemsafe.dualprevention.RiskMethod;
import org.springframework.stereotype.Component;

/**
 * A small risk register for each demo enterprise, its units in the areas of the site plan, so the four-colour map
 * shows every colour: LS 5 × 5 = 25 重大 (red), LEC 6 × 6 × 7 = 252 较大 (orange), LEC 3 × 6 × 7 = 126 一般 (yellow),
 * LEC 1 × 6 × 1 = 6 低 (blue).
 */
@Component
class DemoRiskRegister {

    private static final RiskCalculationRequest MAJOR = ls(5, 5);
    private static final RiskCalculationRequest HIGH = lec(6, 6, 7);
    private static final RiskCalculationRequest MEDIUM = lec(3, 6, 7);
    private static final RiskCalculationRequest LOW = lec(1, 6, 1);

    private final DualPreventionSetup register;

    DemoRiskRegister(DualPreventionSetup register) {
        this.register = register;
    }

    /** The chemical plant's register; {@code areas} maps the plan's zone codes to their areas. */
    void seedChemicals(UUID enterpriseId, Map<String, UUID> areas) {
        unit(enterpriseId, "液氯罐区", "液氯储罐 V-101/V-102", "储运车间", areas.get("TF-01"), "液氯泄漏中毒", MAJOR);
        unit(enterpriseId, "氯化装置", "氯化反应釜", "生产车间", areas.get("PU-01"), "氯化反应失控", HIGH);
        unit(enterpriseId, "甲类仓库", "危险化学品仓储", "仓储部", areas.get("WH-01"), "仓库火灾爆炸", MEDIUM);
        unit(enterpriseId, "办公区", "办公楼", "综合办公室", areas.get("OFFICE"), "触电", LOW);
    }

    /** The storage depot's register. */
    void seedStorage(UUID enterpriseId, Map<String, UUID> areas) {
        unit(enterpriseId, "液氨罐区", "液氨储罐 V-201/V-202", "储运部", areas.get("TF-A"), "液氨泄漏中毒", MAJOR);
        unit(enterpriseId, "甲醇罐区", "甲醇储罐 T-101/T-102", "储运部", areas.get("TF-B"), "甲醇泄漏火灾", MEDIUM);
        unit(enterpriseId, "液化石油气罐区", "液化石油气储罐 T-301/T-302", "储运部", areas.get("TF-C"), "液化石油气泄漏爆炸",
                HIGH);
        unit(enterpriseId, "装卸区", "汽车装卸", "储运部", areas.get("LOADING"), "装卸车辆伤害", LOW);
    }

    private void unit(UUID enterpriseId, String object, String unit, String department, UUID areaId, String event,
            RiskCalculationRequest assessment) {
        UUID objectId = register.addRiskObject(enterpriseId, object, null);
        UUID unitId = register.addRiskUnit(objectId, unit, department, areaId);
        register.addAssessedRiskEvent(unitId, event, assessment);
    }

    private static RiskCalculationRequest ls(int l, int s) {
        return new RiskCalculationRequest(RiskMethod.LS, BigDecimal.valueOf(l), null, null, BigDecimal.valueOf(s),
                null);
    }

    private static RiskCalculationRequest lec(int l, int e, int c) {
        return new RiskCalculationRequest(RiskMethod.LEC, BigDecimal.valueOf(l), BigDecimal.valueOf(e),
                BigDecimal.valueOf(c), null, null);
    }
}
