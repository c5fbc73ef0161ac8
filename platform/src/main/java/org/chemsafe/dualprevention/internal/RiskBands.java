package org.chemsafe.dualprevention.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A method's level bands, the most severe first, covering every score from 0 up without gap or overlap: each band runs
 * from its minimum to the minimum of the next more severe band. An enterprise's own risk criteria (风险判定准则) are
 * another set of minimums of the same shape.
 */
record RiskBands(List<RiskBand> bands) {

    RiskBands {
        bands = List.copyOf(bands);
    }

    /** Bands from minimums given most severe first; the least severe must start at 0 inclusive. */
    static RiskBands fromMinimums(List<Minimum> minimums) {
        List<RiskBand> bands = new ArrayList<>();
        Minimum above = null;
        for (Minimum minimum : minimums) {
            if (above != null && minimum.min().compareTo(above.min()) >= 0) {
                throw new IllegalArgumentException("band minimums must fall with the level: " + minimums);
            }
            bands.add(new RiskBand(minimum.level(), minimum.min(), minimum.inclusive(),
                    above == null ? null : above.min(), above != null && !above.inclusive()));
            above = minimum;
        }
        if (above == null || above.min().signum() != 0 || !above.inclusive()) {
            throw new IllegalArgumentException("the least severe band must start at 0 inclusive: " + minimums);
        }
        return new RiskBands(bands);
    }

    RiskBand bandOf(BigDecimal score) {
        return bands.stream().filter(band -> band.contains(score)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no band for " + score));
    }

    /** A band's lower bound, as the data file gives it. */
    record Minimum(RiskLevel level, BigDecimal min, boolean inclusive) {
    }
}
