package org.chemsafe.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The signals over simulated days, for many fixed seeds (each assertion names its seed): they stay where the plant
 * keeps them and show what the demo needs them to show.
 */
class SignalsTests {

    private static final Instant MIDNIGHT = ZonedDateTime.of(2026, 12, 2, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai"))
            .toInstant();
    private static final int SEEDS = 40;

    @Test
    void aTankIsFilledAndDrainedWithinItsSpan() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            TankLevel tank = new TankLevel(0, 12, 0.15, new SplittableRandom(seed));
            List<Double> levels = run(tank, 6 * 3_600);
            assertThat(levels).as("seed %d", seed).allSatisfy(level -> assertThat(level).isBetween(-0.1, 12.1));
            double lowest = levels.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double highest = levels.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            assertThat(lowest).as("seed %d: drained below 30 %%", seed).isLessThan(12 * 0.31);
            assertThat(highest).as("seed %d: filled above 70 %%", seed).isGreaterThan(12 * 0.69);
        }
    }

    @Test
    void aTemperatureIsWarmestInTheAfternoonAndCoolestBeforeDawn() {
        DayCycle temperature = new DayCycle(18, 6, 0, new SplittableRandom(1));
        assertThat(temperature.next(MIDNIGHT.plusSeconds(15 * 3_600))).isCloseTo(24, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(temperature.next(MIDNIGHT.plusSeconds(27 * 3_600))).isCloseTo(12, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aControlledPressureWandersAroundItsSetPoint() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            List<Double> pressures = run(new Wander(0.8, 0.024, 300, new SplittableRandom(seed)), 24 * 3_600);
            double mean = pressures.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            assertThat(mean).as("seed %d", seed).isBetween(0.78, 0.82);
            assertThat(pressures).as("seed %d: within six spreads", seed)
                    .allSatisfy(pressure -> assertThat(pressure).isBetween(0.8 - 6 * 0.024, 0.8 + 6 * 0.024));
        }
    }

    @Test
    void aGasDetectorReadsNearZeroWithLeaksThatCrossItsLimitsAndClear() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            List<Double> readings = run(new GasLeaks(0.5, 60, 30, 60, new SplittableRandom(seed)), 24 * 3_600);
            long aboveLevel1 = readings.stream().filter(reading -> reading >= 25).count();
            long nearZero = readings.stream().filter(reading -> reading < 3).count();
            assertThat(readings).as("seed %d: never negative", seed).allSatisfy(r -> assertThat(r).isNotNegative());
            assertThat(aboveLevel1).as("seed %d: some leaks cross 25 %% LEL in a day", seed).isPositive();
            assertThat(nearZero).as("seed %d: mostly near zero", seed).isGreaterThan(readings.size() * 8 / 10);
        }
    }

    @Test
    void faultsFreezeDropAndOverrangeTheirInstrument() {
        Faulty stuck = new Faulty(new Wander(50, 5, 10, new SplittableRandom(3)), 0, 100, 1e-9, new SplittableRandom(3));
        Instant t = MIDNIGHT;
        double before = stuck.next(t);
        stuck.start(Faulty.Fault.STUCK);
        for (int second = 1; second <= 31 * 60; second++) {
            assertThat(stuck.next(t.plusSeconds(second))).isEqualTo(before);
        }

        Faulty dropped = new Faulty(new Wander(50, 5, 10, new SplittableRandom(4)), 0, 100, 1e-9, new SplittableRandom(4));
        dropped.next(t);
        dropped.start(Faulty.Fault.DROPOUT);
        assertThat(dropped.next(t.plusSeconds(1))).isNaN();
        assertThat(dropped.next(t.plusSeconds(301))).as("a drop-out lasts at most five minutes").isNotNaN();

        Faulty broken = new Faulty(new Wander(50, 5, 10, new SplittableRandom(5)), 0, 100, 1e-9, new SplittableRandom(5));
        broken.next(t);
        broken.start(Faulty.Fault.OUT_OF_RANGE);
        assertThat(broken.next(t.plusSeconds(1))).isEqualTo(105);
        assertThat(broken.next(t.plusSeconds(31))).isBetween(0.0, 100.0);
    }

    @Test
    void instrumentsFailAboutAsOftenAsTold() {
        int faults = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Faulty instrument = new Faulty(new Wander(50, 1, 10, new SplittableRandom(seed)), 0, 100, 0.5,
                    new SplittableRandom(seed));
            Faulty.Fault last = null;
            for (int second = 0; second < 24 * 3_600; second++) {
                instrument.next(MIDNIGHT.plusSeconds(second));
                if (instrument.fault() != null && instrument.fault() != last) {
                    faults++;
                }
                last = instrument.fault();
            }
        }
        // 0.5 an hour for 24 h on 40 instruments, less the time spent in a fault: some 300 to 480
        assertThat(faults).isBetween(250, 500);
    }

    private static List<Double> run(Signal signal, int seconds) {
        List<Double> values = new ArrayList<>(seconds);
        for (int second = 0; second < seconds; second++) {
            values.add(signal.next(MIDNIGHT.plusSeconds(second)));
        }
        return values;
    }
}
