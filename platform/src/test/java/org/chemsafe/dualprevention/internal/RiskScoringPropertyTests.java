package org.chemsafe.dualprevention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.dualprevention.internal.RiskScoringEngineTests.ENGINE;
import static org.chemsafe.support.PropertyRunner.forAll;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.chemsafe.dualprevention.RiskBand;
import org.chemsafe.dualprevention.RiskBands;
import org.chemsafe.dualprevention.RiskCalculationRequest;
import org.chemsafe.dualprevention.RiskCalculationResult;
import org.chemsafe.dualprevention.RiskFactor;
import org.chemsafe.dualprevention.RiskLevel;
import org.chemsafe.dualprevention.RiskMethod;
import org.chemsafe.dualprevention.RiskMethodTables;
import org.chemsafe.support.SeededRandom;
import org.junit.jupiter.api.Test;

/**
 * A higher score never has a less severe level, for the default bands and for any band set an enterprise may give,
 * each checked for {@value org.chemsafe.support.PropertyRunner#DEFAULT_CASES} seeded cases.
 */
class RiskScoringPropertyTests {

    @Test
    void aHigherScoreNeverHasALessSevereLevelByTheDefaultBands() {
        forAll(random -> {
            RiskMethod method = random.oneOf(List.of(RiskMethod.values()));
            RiskCalculationResult one = calculate(method, random);
            RiskCalculationResult other = calculate(method, random);
            assertMonotone(one.score(), one.level(), other.score(), other.level());
            assertThat(one.colour()).isEqualTo(one.level().colour());
            assertThat(one.band().level()).isEqualTo(one.level());
        });
    }

    @Test
    void aHigherScoreNeverHasALessSevereLevelByAnyBands() {
        forAll(random -> {
            RiskBands bands = bands(random);
            BigDecimal one = random.decimalBetween(BigDecimal.ZERO, new BigDecimal(1000), 1, boundsOf(bands));
            BigDecimal other = random.decimalBetween(BigDecimal.ZERO, new BigDecimal(1000), 1, boundsOf(bands));
            RiskBands.AppliedRiskBand oneBand = bands.bandOf(one);
            assertMonotone(one, oneBand.level(), other, bands.bandOf(other).level());
            assertThat(oneBand.min() == null || one.compareTo(oneBand.min()) >= 0).isTrue();
            assertThat(oneBand.max() == null || one.compareTo(oneBand.max()) <= 0).isTrue();
        });
    }

    private static void assertMonotone(BigDecimal one, RiskLevel oneLevel, BigDecimal other, RiskLevel otherLevel) {
        int scores = one.compareTo(other);
        if (scores < 0) {
            assertThat(otherLevel).as("%s (%s) against %s (%s)", one, oneLevel, other, otherLevel)
                    .isLessThanOrEqualTo(oneLevel);
        } else if (scores > 0) {
            assertThat(oneLevel).as("%s (%s) against %s (%s)", one, oneLevel, other, otherLevel)
                    .isLessThanOrEqualTo(otherLevel);
        } else {
            assertThat(oneLevel).isEqualTo(otherLevel);
        }
    }

    private static RiskCalculationResult calculate(RiskMethod method, SeededRandom random) {
        RiskMethodTables tables = ENGINE.tables().get(method.ordinal());
        Map<RiskFactor, BigDecimal> values = new EnumMap<>(RiskFactor.class);
        tables.factors().forEach(table -> values.put(table.factor(), random.oneOf(table.values()).value()));
        return ENGINE.calculate(new RiskCalculationRequest(method, values.get(RiskFactor.L), values.get(RiskFactor.E),
                values.get(RiskFactor.C), values.get(RiskFactor.S), values.get(RiskFactor.M)),
                ENGINE.defaultBands(method));
    }

    /** Three falling bounds between 0.1 and 1000 (one decimal), each inclusive or not, and the open least severe band. */
    private static RiskBands bands(SeededRandom random) {
        List<RiskBand> bands = new ArrayList<>();
        BigDecimal step = new BigDecimal("0.1");
        BigDecimal bound = new BigDecimal(1000).add(step);
        List<RiskLevel> bounded = List.of(RiskLevel.MAJOR, RiskLevel.HIGH, RiskLevel.MEDIUM);
        for (RiskLevel level : bounded) {
            BigDecimal lowest = step.multiply(BigDecimal.valueOf(bounded.size() - level.ordinal()));
            bound = random.decimalBetween(lowest, bound.subtract(step), 1);
            bands.add(new RiskBand(level, bound, random.oneOf(List.of(true, false))));
        }
        bands.add(new RiskBand(RiskLevel.LOW, null, false));
        return new RiskBands(bands);
    }

    private static BigDecimal[] boundsOf(RiskBands bands) {
        return bands.bands().stream().map(RiskBand::lowerBound).filter(Objects::nonNull)
                .toArray(BigDecimal[]::new);
    }
}
