package org.chemsafe.monitoring.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

import org.chemsafe.enterprise.ChemicalInfo;
import org.jspecify.annotations.Nullable;

/**
 * The alarm limits a gas detector takes when it is registered without any, from GB/T 50493-2019 5.5.2: combustible
 * gas level 1 at 25 % LEL and level 2 at 50 % LEL; toxic gas level 1 at 100 % and level 2 at 200 % of the
 * occupational exposure limit (OEL) of the monitored chemical; oxygen 23.5 % vol (over-oxygen) and 19.5 % vol
 * (low oxygen). Level 1 is stored as 高报 and level 2 as 高高报, over-oxygen as 高报 and low oxygen as 低报 (a natural
 * mapping no source states; the limits stay editable).
 * <p>
 * The catalogue holds OELs in mg/m³, so a toxic detector takes defaults only when it reads mg/m³ (a ppm reading would
 * need the molar mass) and its chemical has an OEL. Of the chemical's limits the MAC is taken first, then PC-STEL,
 * then PC-TWA (the ceiling is the one a level-1 alarm must not exceed; team choice, GBZ 2.1 values are catalogue
 * data). Other indicator types take no defaults.
 */
final class GasDetectorDefaults {

    static final BigDecimal COMBUSTIBLE_LEVEL_1 = LimitRules.COMBUSTIBLE_LEVEL_1_MAX;
    static final BigDecimal COMBUSTIBLE_LEVEL_2 = LimitRules.COMBUSTIBLE_LEVEL_2_MAX;
    static final BigDecimal OXYGEN_HIGH = new BigDecimal("23.5");
    static final BigDecimal OXYGEN_LOW = new BigDecimal("19.5");
    private static final BigDecimal TOXIC_LEVEL_2_FACTOR = BigDecimal.valueOf(2);
    private static final Set<String> MG_PER_M3 = Set.of("mg/m³", "mg/m3");

    private GasDetectorDefaults() {
    }

    static Limits of(IndicatorType type, @Nullable String unit, @Nullable ChemicalInfo chemical) {
        return switch (type) {
            case COMBUSTIBLE_GAS -> new Limits(null, null, COMBUSTIBLE_LEVEL_1, COMBUSTIBLE_LEVEL_2);
            case OXYGEN -> new Limits(null, OXYGEN_LOW, OXYGEN_HIGH, null);
            case TOXIC_GAS -> {
                BigDecimal oel = chemical == null || unit == null
                        || !MG_PER_M3.contains(unit.strip().toLowerCase(Locale.ROOT)) ? null : oel(chemical);
                yield oel == null ? Limits.NONE : new Limits(null, null, oel, oel.multiply(TOXIC_LEVEL_2_FACTOR));
            }
            default -> Limits.NONE;
        };
    }

    private static @Nullable BigDecimal oel(ChemicalInfo chemical) {
        if (chemical.mac() != null) {
            return chemical.mac();
        }
        return chemical.pcStel() != null ? chemical.pcStel() : chemical.pcTwa();
    }
}
