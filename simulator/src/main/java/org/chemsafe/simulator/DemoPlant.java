package org.chemsafe.simulator;

import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * The points of the platform's two demo enterprises, with their signals, limits and places on a site plan of
 * {@value #PLAN_WIDTH} × {@value #PLAN_HEIGHT} pixels, whose zones {@link #chemicalsPlan()} and {@link #storagePlan()}
 * describe ({@link SitePlanImage} draws them) at {@value #METRES_PER_PIXEL} m a pixel.
 * <p>
 * 枣庄示范化工 (gateway {@value #CHEMICALS_GATEWAY}): the liquid chlorine tanks V-101/V-102 of TF-01 publish level,
 * pressure and temperature with two chlorine detectors; the chlorination unit PU-01 is read from the simulator's OPC UA
 * server (reactor temperature, pressure, chlorine feed, the feed pump's run signal, a chlorine and an oxygen
 * detector); the class-A warehouse WH-01 is polled from its Modbus TCP server (temperature, humidity, two combustible
 * gas detectors).
 * <p>
 * 枣庄示范储运 (gateway {@value #STORAGE_GATEWAY}) publishes everything: the ammonia tanks of TF-A, the methanol tanks
 * of TF-B and the LPG tanks T-301/T-302 of TF-C, with their gas detectors.
 * <p>
 * Toxic detectors read mg/m³ and give no limits, so the platform takes 100 % and 200 % of the chemical's exposure
 * limit (GB/T 50493-2019 5.5.2); combustible detectors read % LEL and take 25 % and 50 % LEL. Every instrument fails
 * now and then ({@link Faulty}), {@value #FAULTS_PER_HOUR} times an hour on average.
 */
public final class DemoPlant {

    public static final String CHEMICALS_GATEWAY = "GW-HG01";
    public static final String STORAGE_GATEWAY = "GW-CY01";
    public static final int PLAN_WIDTH = 1200;
    public static final int PLAN_HEIGHT = 800;
    public static final double METRES_PER_PIXEL = 0.25;
    static final double FAULTS_PER_HOUR = 0.05;

    static final String CHLORINE = "7782-50-5";
    static final String AMMONIA = "7664-41-7";

    private DemoPlant() {
    }

    public static List<PlantPoint> chemicals() {
        PlantObject v101 = PlantObject.tank("V-101");
        PlantObject v102 = PlantObject.tank("V-102");
        PlantObject unit = PlantObject.productionUnit("PU-01");
        PlantObject warehouse = PlantObject.warehouse("WH-01");
        Channel published = Channel.PUBLISHED;
        return List.of(
                level("LT-101", "V-101 液氯储罐液位", v101, 3.0, AlarmLimits.of(0.3, 0.5, 2.3, 2.5), 0.06, 170, 180),
                pressure("PT-101", "V-101 液氯储罐压力", v101, 2.5, AlarmLimits.high(1.2, 1.4), 0.75, published, 230, 180),
                temperature("TT-101", "V-101 液氯储罐温度", v101, AlarmLimits.high(40, 45), published, 290, 180),
                level("LT-102", "V-102 液氯储罐液位", v102, 3.0, AlarmLimits.of(0.3, 0.5, 2.3, 2.5), 0.06, 170, 300),
                pressure("PT-102", "V-102 液氯储罐压力", v102, 2.5, AlarmLimits.high(1.2, 1.4), 0.72, published, 230, 300),
                temperature("TT-102", "V-102 液氯储罐温度", v102, AlarmLimits.high(40, 45), published, 290, 300),
                toxic("AT-101", "液氯罐区氯气检测器1", v101, 10, CHLORINE, 0.05, 2.5, published, 230, 240),
                toxic("AT-102", "液氯罐区氯气检测器2", v102, 10, CHLORINE, 0.05, 2.5, published, 230, 355),
                point("TIC-201", "氯化反应器温度", Indicator.TEMPERATURE, "°C", 0, 150, AlarmLimits.of(60, 70, 95, 105),
                        unit, null, Channel.OPC_UA, 640, 200, random -> new Wander(85, 1.5, 120, random)),
                point("PIC-201", "氯化反应器压力", Indicator.PRESSURE, "MPa", 0, 1, AlarmLimits.high(0.45, 0.5), unit,
                        null, Channel.OPC_UA, 700, 200, random -> new Wander(0.3, 0.02, 60, random)),
                point("FIC-201", "氯气进料流量", Indicator.FLOW, "kg/h", 0, 1000,
                        new AlarmLimits(null, 200.0, 800.0, null), unit, null, Channel.OPC_UA, 760, 200,
                        random -> new Wander(500, 25, 60, random)),
                new PlantPoint("P-201", "氯气进料泵运行", Indicator.SWITCH, null, 0, 1, AlarmLimits.NONE, unit, null,
                        Channel.OPC_UA, 820, 200, random -> new Toggle(5, 20, random)),
                toxic("AT-201", "氯化装置氯气检测器", unit, 10, CHLORINE, 0.05, 2.5, Channel.OPC_UA, 700, 330),
                point("AT-202", "控制室氧含量", Indicator.OXYGEN, "%vol", 0, 25, AlarmLimits.NONE, unit, null,
                        Channel.OPC_UA, 800, 360, random -> new Wander(20.9, 0.05, 600, random)),
                point("TT-301", "甲类仓库温度", Indicator.TEMPERATURE, "°C", -20, 60, AlarmLimits.high(30, 35), warehouse,
                        null, Channel.MODBUS, 960, 520, random -> new DayCycle(20, 5, 0.2, random)),
                point("MT-301", "甲类仓库湿度", Indicator.OTHER, "%RH", 0, 100, new AlarmLimits(null, null, 80.0, null),
                        warehouse, null, Channel.MODBUS, 1020, 520, random -> new Wander(55, 5, 1800, random)),
                combustible("AT-301", "甲类仓库可燃气体检测器1", warehouse, Channel.MODBUS, 960, 640),
                combustible("AT-302", "甲类仓库可燃气体检测器2", warehouse, Channel.MODBUS, 1060, 640));
    }

    public static List<PlantPoint> storage() {
        PlantObject v201 = PlantObject.tank("V-201");
        PlantObject v202 = PlantObject.tank("V-202");
        PlantObject t101 = PlantObject.tank("T-101");
        PlantObject t102 = PlantObject.tank("T-102");
        PlantObject t301 = PlantObject.tank("T-301");
        PlantObject t302 = PlantObject.tank("T-302");
        Channel published = Channel.PUBLISHED;
        AlarmLimits ammoniaLevel = AlarmLimits.of(1, 2, 10, 10.8);
        AlarmLimits methanolLevel = AlarmLimits.of(1, 1.5, 13.5, 14.2);
        AlarmLimits lpgLevel = AlarmLimits.of(0.3, 0.5, 2.7, 2.9);
        return List.of(
                level("LT-A01", "V-201 液氨储罐液位", v201, 12, ammoniaLevel, 0.15, 150, 200),
                pressure("PT-A01", "V-201 液氨储罐压力", v201, 2.5, AlarmLimits.high(1.4, 1.6), 0.86, published, 210, 200),
                temperature("TT-A01", "V-201 液氨储罐温度", v201, AlarmLimits.high(40, 45), published, 270, 200),
                level("LT-A02", "V-202 液氨储罐液位", v202, 12, ammoniaLevel, 0.15, 150, 340),
                pressure("PT-A02", "V-202 液氨储罐压力", v202, 2.5, AlarmLimits.high(1.4, 1.6), 0.84, published, 210, 340),
                toxic("AT-A01", "液氨罐区氨气检测器1", v201, 100, AMMONIA, 0.5, 90, published, 330, 180),
                toxic("AT-A02", "液氨罐区氨气检测器2", v202, 100, AMMONIA, 0.5, 90, published, 330, 360),
                level("LT-B01", "T-101 甲醇储罐液位", t101, 15, methanolLevel, 0.2, 520, 200),
                level("LT-B02", "T-102 甲醇储罐液位", t102, 15, methanolLevel, 0.2, 520, 340),
                temperature("TT-B01", "T-101 甲醇储罐温度", t101, AlarmLimits.high(40, 45), published, 580, 200),
                combustible("AT-B01", "甲醇罐区可燃气体检测器", t101, published, 640, 270),
                level("LT-C01", "T-301 液化石油气储罐液位", t301, 3.2, lpgLevel, 0.05, 940, 200),
                pressure("PT-C01", "T-301 液化石油气储罐压力", t301, 2.5, AlarmLimits.high(1.5, 1.6), 0.8, published,
                        1000, 200),
                level("LT-C02", "T-302 液化石油气储罐液位", t302, 3.2, lpgLevel, 0.05, 940, 340),
                pressure("PT-C02", "T-302 液化石油气储罐压力", t302, 2.5, AlarmLimits.high(1.5, 1.6), 0.8, published,
                        1000, 340),
                combustible("AT-C01", "液化石油气罐区可燃气体检测器1", t301, published, 1070, 160),
                combustible("AT-C02", "液化石油气罐区可燃气体检测器2", t302, published, 1070, 390));
    }

    /** The chemical plant's site: the chlorine tank farm, the chlorination unit, the warehouse, the offices. */
    public static List<PlanZone> chemicalsPlan() {
        return List.of(
                new PlanZone("TF-01", "液氯罐区", "STORAGE", false, 120, 120, 300, 260, List.of(
                        new PlanZone.Tank("V-101", 360, 200, 28), new PlanZone.Tank("V-102", 360, 320, 28))),
                new PlanZone("PU-01", "氯化装置", "PRODUCTION", true, 600, 150, 280, 250, List.of()),
                new PlanZone("WH-01", "甲类仓库", "STORAGE", true, 920, 470, 200, 220, List.of()),
                new PlanZone("OFFICE", "办公区", "OFFICE", false, 120, 470, 250, 180, List.of()));
    }

    /** The depot's site: the ammonia, methanol and LPG tank farms and the loading area. */
    public static List<PlanZone> storagePlan() {
        return List.of(
                new PlanZone("TF-A", "液氨罐区", "STORAGE", false, 100, 120, 340, 300, List.of(
                        new PlanZone.Tank("V-201", 390, 250, 30), new PlanZone.Tank("V-202", 390, 330, 30))),
                new PlanZone("TF-B", "甲醇罐区", "STORAGE", true, 500, 120, 330, 300, List.of(
                        new PlanZone.Tank("T-101", 730, 220, 42), new PlanZone.Tank("T-102", 730, 340, 42))),
                new PlanZone("TF-C", "液化石油气罐区", "STORAGE", true, 920, 120, 250, 300, List.of(
                        new PlanZone.Tank("T-301", 1130, 250, 28), new PlanZone.Tank("T-302", 1130, 330, 28))),
                new PlanZone("LOADING", "装卸区", "LOADING", true, 500, 480, 330, 180, List.of()));
    }

    private static PlantPoint level(String tag, String name, PlantObject tank, double height, AlarmLimits limits,
            double metresPerMinute, double x, double y) {
        return point(tag, name, Indicator.LEVEL, "m", 0, height, limits, tank, null, Channel.PUBLISHED, x, y,
                random -> new TankLevel(0, height, metresPerMinute, random));
    }

    private static PlantPoint pressure(String tag, String name, PlantObject object, double rangeHigh,
            AlarmLimits limits, double setPoint, Channel channel, double x, double y) {
        return point(tag, name, Indicator.PRESSURE, "MPa", 0, rangeHigh, limits, object, null, channel, x, y,
                random -> new Wander(setPoint, setPoint * 0.03, 300, random));
    }

    private static PlantPoint temperature(String tag, String name, PlantObject object, AlarmLimits limits,
            Channel channel, double x, double y) {
        return point(tag, name, Indicator.TEMPERATURE, "°C", -40, 80, limits, object, null, channel, x, y,
                random -> new DayCycle(18, 6, 0.2, random));
    }

    private static PlantPoint toxic(String tag, String name, PlantObject object, double rangeHigh, String cas,
            double baseline, double peakHigh, Channel channel, double x, double y) {
        return point(tag, name, Indicator.TOXIC_GAS, "mg/m³", 0, rangeHigh, AlarmLimits.NONE, object, cas, channel, x,
                y, random -> new GasLeaks(baseline, 45, peakHigh / 5, peakHigh, random));
    }

    private static PlantPoint combustible(String tag, String name, PlantObject object, Channel channel, double x,
            double y) {
        return point(tag, name, Indicator.COMBUSTIBLE_GAS, "%LEL", 0, 100, AlarmLimits.NONE, object, null, channel, x,
                y, random -> new GasLeaks(0.5, 60, 10, 60, random));
    }

    private static PlantPoint point(String tag, String name, Indicator indicator, String unit, double rangeLow,
            double rangeHigh, AlarmLimits limits, PlantObject object, @Nullable String cas, Channel channel, double x,
            double y, Function<RandomGenerator, Signal> healthy) {
        return new PlantPoint(tag, name, indicator, unit, rangeLow, rangeHigh, limits, object, cas, channel, x, y,
                random -> new Faulty(healthy.apply(random), rangeLow, rangeHigh, FAULTS_PER_HOUR, random));
    }
}
