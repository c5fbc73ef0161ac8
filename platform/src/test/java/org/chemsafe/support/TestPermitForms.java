package org.chemsafe.support;

import java.util.HashMap;
import java.util.Map;

/** Filled Appendix A form fields of each permit type, for the tests that apply for permits. */
public final class TestPermitForms {

    private static final Map<String, Object> COMMON = Map.of("workUnit", "检修车间", "workLeader", "张负责",
            "riskIdentification", "火灾爆炸、中毒窒息、高处坠落");
    private static final Map<String, Map<String, Object>> OWN = Map.of(
            "HOT_WORK", Map.of("hotWorkPart", "泵出口法兰", "hotWorkMethod", "ELECTRIC_WELDING"),
            "CONFINED_SPACE", Map.of("spaceName", "1号反应釜", "originalMedium", "氯乙烯"),
            "BLIND_PLATE", Map.of("plateOperation", "INSERT", "equipmentName", "甲醇管线", "medium", "甲醇",
                    "temperatureCelsius", "25", "pressureMpa", "0.2", "plateMaterial", "20#钢", "plateSpec", "DN100 PN16",
                    "plateNumber", "MB-001"),
            "HEIGHT", Map.of(),
            "LIFTING", Map.of("riggingName", "25 t 汽车吊", "loadDescription", "换热器管束", "craneOperator", "赵司机",
                    "slinger", "钱司索", "signaller", "孙指挥"),
            "TEMPORARY_POWER", Map.of("supplyPoint", "2号配电室 3# 柜", "permittedPowerKw", "15", "voltage", "V380",
                    "equipmentPower", "电焊机 12 kW"),
            "EXCAVATION", Map.of("excavationScope", "循环水管线东侧 3 m × 2 m", "excavationMethod", "人工开挖",
                    "areaSquareMetres", "6"),
            "ROAD_BREAKING", Map.of("unitsInvolved", "消防队、储运车间", "closureReason", "管廊吊装"));

    private TestPermitForms() {
    }

    /** Every required field of the type's form, filled. */
    public static Map<String, Object> details(String type) {
        Map<String, Object> details = new HashMap<>(COMMON);
        details.putAll(OWN.get(type));
        return details;
    }

    /**
     * The application as a complete form: its type's form fields filled (unless it has some already) and, for hot work,
     * a camera bound (its grade may turn 特级 at night or on a holiday, which needs one: 5.2.11).
     */
    public static Map<String, Object> filled(Map<String, Object> application) {
        Map<String, Object> filled = new HashMap<>(application);
        Object facts = application.get("facts");
        if (facts instanceof Map<?, ?> map) {
            String type = String.valueOf(map.get("type"));
            filled.putIfAbsent("details", details(type));
            if (type.equals("HOT_WORK")) {
                filled.putIfAbsent("camera", Map.of("code", "CAM-01", "name", "作业点防爆摄像机"));
            }
        }
        return filled;
    }
}
