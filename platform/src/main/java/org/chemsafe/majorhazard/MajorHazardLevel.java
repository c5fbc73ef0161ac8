package org.chemsafe.majorhazard;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The levels of GB 18218-2018 4.3.3 Table 6, most severe first, each with the lowest R it covers (一级 R ≥ 100,
 * 二级 100 > R ≥ 50, 三级 50 > R ≥ 10, 四级 R < 10): a boundary value belongs to the more severe level. JSON carries
 * the number 1–4.
 */
public enum MajorHazardLevel {
    FIRST(1, new BigDecimal(100)),
    SECOND(2, new BigDecimal(50)),
    THIRD(3, BigDecimal.TEN),
    FOURTH(4, BigDecimal.ZERO);

    private final int number;
    private final BigDecimal minimumR;

    MajorHazardLevel(int number, BigDecimal minimumR) {
        this.number = number;
        this.minimumR = minimumR;
    }

    /** 1 for 一级 (most severe) … 4 for 四级. */
    @JsonValue
    public int number() {
        return number;
    }

    /** The lowest R of this level (inclusive). */
    public BigDecimal minimumR() {
        return minimumR;
    }
}
