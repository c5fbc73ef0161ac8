package org.chemsafe.majorhazard;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The hazard categories of GB 18218-2018 Table 2 (J: health hazards, W: physical hazards), in the standard's order.
 * JSON and the reference data use the printed code, e.g. {@code "W5.4"}; critical quantities (Table 2) and β
 * (Table 4) per category are reference data, not constants here.
 */
public enum HazardCategory {
    J1, J2, J3, J4, J5,
    W1_1, W1_2, W1_3, W2, W3, W4, W5_1, W5_2, W5_3, W5_4, W6_1, W6_2, W7_1, W7_2, W8, W9_1, W9_2, W10, W11;

    /** The code as printed in the standard: {@code W5_4} → {@code "W5.4"}. */
    @JsonValue
    public String code() {
        return name().replace('_', '.');
    }

    public static Optional<HazardCategory> ofCode(String code) {
        return Arrays.stream(values()).filter(category -> category.code().equals(code)).findFirst();
    }
}
