package org.chemsafe.dualprevention;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The level bands a method's scores are graded by (风险判定准则): one band per level, most severe first, with strictly
 * falling lower bounds and the least severe band open downwards, so every score has exactly one level and a higher
 * score never has a less severe one. The platform's defaults are data ({@code dualprevention/risk-bands.csv}); an
 * enterprise's own criteria are another value of this type.
 */
public record RiskBands(List<RiskBand> bands) {

    public RiskBands {
        bands = List.copyOf(bands);
        if (!bands.stream().map(RiskBand::level).toList().equals(Arrays.asList(RiskLevel.values()))) {
            throw new IllegalArgumentException("one band per level is needed, most severe first: " + bands);
        }
        for (int i = 0; i < bands.size(); i++) {
            BigDecimal bound = bands.get(i).lowerBound();
            boolean last = i == bands.size() - 1;
            if (last != (bound == null)) {
                throw new IllegalArgumentException("every band but the least severe needs a lower bound: " + bands);
            }
            BigDecimal previous = i == 0 ? null : bands.get(i - 1).lowerBound();
            if (bound != null && previous != null && bound.compareTo(previous) >= 0) {
                throw new IllegalArgumentException("the lower bounds must fall from band to band: " + bands);
            }
        }
    }

    /** The band giving the score its level: the most severe band whose bound the score reaches. */
    public AppliedRiskBand bandOf(BigDecimal score) {
        for (int i = 0; i < bands.size(); i++) {
            RiskBand band = bands.get(i);
            if (band.admits(score)) {
                RiskBand above = i == 0 ? null : bands.get(i - 1);
                return new AppliedRiskBand(band.level(), band.lowerBound(), band.lowerInclusive(),
                        above == null ? null : above.lowerBound(), above != null && !above.lowerInclusive());
            }
        }
        throw new IllegalStateException("the least severe band admits every score");
    }

    /**
     * A band as the scores it holds: from {@code min} to {@code max}, each end included or not; an end that is null is
     * open.
     */
    public record AppliedRiskBand(RiskLevel level, @Nullable BigDecimal min, boolean minInclusive,
            @Nullable BigDecimal max, boolean maxInclusive) {
    }
}
