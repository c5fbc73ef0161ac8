package org.chemsafe.monitoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The rules a point's range and limits keep, as the fields that break them and the message of each: the range low
 * below its high; the given limits in order lowLow ≤ low ≤ high ≤ highHigh and inside the range; and a combustible
 * gas detector's level 1 (高报) at most 25 % LEL and level 2 (高高报) at most 50 % LEL (GB/T 50493-2019 5.5.2, upper
 * limits: a site may set 20 % LEL).
 */
final class LimitRules {

    /** GB/T 50493-2019 5.5.2: combustible gas level 1 alarm ≤ 25 % LEL. */
    static final BigDecimal COMBUSTIBLE_LEVEL_1_MAX = new BigDecimal("25");
    /** GB/T 50493-2019 5.5.2: combustible gas level 2 alarm ≤ 50 % LEL. */
    static final BigDecimal COMBUSTIBLE_LEVEL_2_MAX = new BigDecimal("50");

    private LimitRules() {
    }

    /** A broken rule: the field (as the request names it) and the message template. */
    record Broken(String field, String message) {
    }

    static List<Broken> check(IndicatorType type, @Nullable BigDecimal rangeLow, @Nullable BigDecimal rangeHigh,
            Limits limits) {
        List<Broken> broken = new ArrayList<>();
        if (rangeLow != null && rangeHigh != null && rangeLow.compareTo(rangeHigh) >= 0) {
            broken.add(new Broken("rangeHigh", "{monitoring.point.range-order}"));
        }
        BigDecimal highest = null;
        for (Map.Entry<String, BigDecimal> limit : inOrder(limits).entrySet()) {
            BigDecimal value = limit.getValue();
            String field = "limits." + limit.getKey();
            if (highest != null && value.compareTo(highest) < 0) {
                broken.add(new Broken(field, "{monitoring.point.limits-order}"));
            } else if ((rangeLow != null && value.compareTo(rangeLow) < 0)
                    || (rangeHigh != null && value.compareTo(rangeHigh) > 0)) {
                broken.add(new Broken(field, "{monitoring.point.limit-outside-range}"));
            }
            highest = highest == null ? value : highest.max(value);
        }
        if (type == IndicatorType.COMBUSTIBLE_GAS) {
            if (limits.high() != null && limits.high().compareTo(COMBUSTIBLE_LEVEL_1_MAX) > 0) {
                broken.add(new Broken("limits.high", "{monitoring.point.combustible-level-1}"));
            }
            if (limits.highHigh() != null && limits.highHigh().compareTo(COMBUSTIBLE_LEVEL_2_MAX) > 0) {
                broken.add(new Broken("limits.highHigh", "{monitoring.point.combustible-level-2}"));
            }
        }
        return broken;
    }

    /** The given limits from the lowest to the highest, by name. */
    private static Map<String, BigDecimal> inOrder(Limits limits) {
        Map<String, BigDecimal> given = new LinkedHashMap<>();
        put(given, "lowLow", limits.lowLow());
        put(given, "low", limits.low());
        put(given, "high", limits.high());
        put(given, "highHigh", limits.highHigh());
        return given;
    }

    private static void put(Map<String, BigDecimal> given, String name, @Nullable BigDecimal value) {
        if (value != null) {
            given.put(name, value);
        }
    }
}
