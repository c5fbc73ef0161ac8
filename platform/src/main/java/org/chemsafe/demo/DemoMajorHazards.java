package org.chemsafe.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.enterprise.CasNumber;
import org.chemsafe.enterprise.ChemicalCatalogue;
import org.chemsafe.enterprise.HazardUnitKind;
import org.chemsafe.enterprise.RegistrySetup;
import org.chemsafe.majorhazard.MajorHazardSetup;
import org.chemsafe.majorhazard.MajorHazardSetup.Accountable;
import org.springframework.stereotype.Component;

/**
 * Demo units and major hazard sources of every level (GB 18218-2018), with their 包保 people where the demo
 * enterprises have them. The numbers, worked through:
 * <ul>
 * <li>化工 TF-01 液氯罐区: 2 × 30 m³ × 0.8 × 1.47 t/m³ = 70.56 t 氯 (Q 5, β 4), 35 people (α 1.2): R = 67.74 → 二级</li>
 * <li>化工 PU-01 氯化装置: 8 t 氯, 120 people (α 2.0): R = 2 × 4 × 1.6 = 12.8 → 三级</li>
 * <li>化工 WH-01 甲类仓库: 150 t 汽油 (Q 200): S = 0.75, not a major hazard source</li>
 * <li>储运 TF-A 液氨罐区 (tanks V-201, V-202): 600 t 氨 stated (Q 10, β 2), 150 people (α 2.0): R = 240 → 一级</li>
 * <li>储运 TF-B 甲醇罐区 (tanks T-101, T-102): 5000 t 甲醇 stated (Q 500, W5.3 β 1), 20 people (α 1.0): R = 10, a boundary → 三级</li>
 * <li>储运 TF-C 液化石油气罐区: 2 × 70 m³ × 0.85 × 0.55 t/m³ = 65.45 t (Q 50, W2 β 1.5), nobody within 500 m
 * (α 0.5): R = 0.98 → 四级; its 包保 people are left out, so every list flags it</li>
 * </ul>
 */
@Component
class DemoMajorHazards {

    private static final String CHLORINE = "7782-50-5";
    private static final String AMMONIA = "7664-41-7";
    private static final String METHANOL = "67-56-1";
    private static final String LPG = "68476-85-7";
    private static final String GASOLINE = "86290-81-5";
    private static final String PHONE = "0632-8000000";

    private final RegistrySetup registry;
    private final ChemicalCatalogue catalogue;
    private final MajorHazardSetup majorHazards;

    DemoMajorHazards(RegistrySetup registry, ChemicalCatalogue catalogue, MajorHazardSetup majorHazards) {
        this.registry = registry;
        this.catalogue = catalogue;
        this.majorHazards = majorHazards;
    }

    record Chemicals(UUID enterpriseId, UUID principal, UUID safetyManager, UUID shiftLeader) {
    }

    record Storage(UUID enterpriseId, UUID principal, UUID safetyManager, UUID shiftLeader) {
    }

    void seed(Chemicals chemicals, Storage storage) {
        UUID chlorine = registry.linkTable1Chemical(chemicals.enterpriseId(), CHLORINE, new BigDecimal("1.47"),
                List.of());
        UUID chlorineFarm = unit(chemicals.enterpriseId(), HazardUnitKind.TANK_FARM, "TF-01", "液氯罐区");
        registry.addTank(chlorineFarm, "V-101", new BigDecimal("30"), chlorine, new BigDecimal("0.8"));
        registry.addTank(chlorineFarm, "V-102", new BigDecimal("30"), chlorine, new BigDecimal("0.8"));
        registry.hold(chlorineFarm, chlorine, null);
        majorHazards.recordExposure(chlorineFarm, 35);

        UUID chlorination = registry.registerUnit(chemicals.enterpriseId(), HazardUnitKind.PRODUCTION_UNIT, "PU-01",
                "氯化装置", Set.of("CHLORINATION"));
        registry.hold(chlorination, chlorine, new BigDecimal("8"));
        majorHazards.recordExposure(chlorination, 120);

        UUID warehouse = unit(chemicals.enterpriseId(), HazardUnitKind.WAREHOUSE, "WH-01", "甲类仓库");
        registry.hold(warehouse, reference(GASOLINE), new BigDecimal("150"));
        majorHazards.recordExposure(warehouse, 60);

        for (UUID source : List.of(chlorineFarm, chlorination)) {
            majorHazards.assignAccountable(source, new Accountable(chemicals.principal(), "总经理", PHONE),
                    new Accountable(chemicals.safetyManager(), "安全总监", PHONE),
                    new Accountable(chemicals.shiftLeader(), "车间主任", PHONE));
        }

        UUID ammoniaFarm = unit(storage.enterpriseId(), HazardUnitKind.TANK_FARM, "TF-A", "液氨罐区");
        UUID ammonia = reference(AMMONIA);
        registry.addTank(ammoniaFarm, "V-201", new BigDecimal("800"), ammonia, new BigDecimal("0.85"));
        registry.addTank(ammoniaFarm, "V-202", new BigDecimal("800"), ammonia, new BigDecimal("0.85"));
        registry.hold(ammoniaFarm, ammonia, new BigDecimal("600"));
        majorHazards.recordExposure(ammoniaFarm, 150);
        majorHazards.assignAccountable(ammoniaFarm, new Accountable(storage.principal(), "总经理", PHONE),
                new Accountable(storage.safetyManager(), "技术负责人", PHONE),
                new Accountable(storage.shiftLeader(), "罐区班长", PHONE));

        UUID methanol = registry.linkTable1Chemical(storage.enterpriseId(), METHANOL, new BigDecimal("0.79"),
                List.of("W5.3"));
        UUID methanolFarm = unit(storage.enterpriseId(), HazardUnitKind.TANK_FARM, "TF-B", "甲醇罐区");
        registry.addTank(methanolFarm, "T-101", new BigDecimal("5000"), methanol, new BigDecimal("0.9"));
        registry.addTank(methanolFarm, "T-102", new BigDecimal("5000"), methanol, new BigDecimal("0.9"));
        registry.hold(methanolFarm, methanol, new BigDecimal("5000"));
        majorHazards.recordExposure(methanolFarm, 20);

        UUID lpg = registry.linkTable1Chemical(storage.enterpriseId(), LPG, new BigDecimal("0.55"), List.of("W2"));
        UUID lpgFarm = unit(storage.enterpriseId(), HazardUnitKind.TANK_FARM, "TF-C", "液化石油气罐区");
        registry.addTank(lpgFarm, "T-301", new BigDecimal("70"), lpg, new BigDecimal("0.85"));
        registry.addTank(lpgFarm, "T-302", new BigDecimal("70"), lpg, new BigDecimal("0.85"));
        registry.hold(lpgFarm, lpg, null);
        majorHazards.recordExposure(lpgFarm, 0);
    }

    private UUID unit(UUID enterpriseId, HazardUnitKind kind, String code, String name) {
        return registry.registerUnit(enterpriseId, kind, code, name, Set.of());
    }

    private UUID reference(String cas) {
        return catalogue.findReferencesByCas(CasNumber.parse(cas)).get(0).id();
    }
}
