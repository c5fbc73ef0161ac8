package org.chemsafe.dualprevention;

import java.math.BigDecimal;
import java.util.List;

/** A method's scoring tables (one per factor, in formula order) and its default bands. */
public record RiskMethodTables(RiskMethod method, String scoreName, List<RiskFactorTable> factors,
        List<RiskBand> defaultBands) {

    /** The values a factor may take, most severe first, each with what it means (Chinese, as in the sources). */
    public record RiskFactorTable(RiskFactor factor, List<RiskFactorValue> values) {
    }

    public record RiskFactorValue(BigDecimal value, String meaning) {
    }
}
