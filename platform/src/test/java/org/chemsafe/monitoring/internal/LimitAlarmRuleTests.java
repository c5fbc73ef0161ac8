package org.chemsafe.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.chemsafe.support.PropertyRunner;
import org.chemsafe.support.SeededRandom;
import org.junit.jupiter.api.Test;

/**
 * The limit alarm rule on plain timestamps: a limit is reached at its value; chatter inside the deadband is one
 * alarm; the return comes only beyond the limit by more than the deadband; HIGH then HIGH_HIGH is one escalation;
 * on- and off-delays; a late sample is not evaluated. A seeded property checks every series: changes alternate, a
 * raise happens only at a sample that reaches its limit and a return only beyond every limit by more than the
 * deadband (without delays), and late or replayed samples change nothing.
 */
class LimitAlarmRuleTests {

    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");
    private static final LimitBand HIGH = new LimitBand(LimitBand.Side.HIGH, 80.0, 90.0, 2.0);
    private static final LimitBand LOW = new LimitBand(LimitBand.Side.LOW, 10.0, 5.0, 1.0);

    @Test
    void aHighLimitIsReachedAtItsValueAndReturnsOnlyBelowTheLimitMinusTheDeadband() {
        assertThat(run(HIGH, Duration.ZERO, Duration.ZERO, 79.99)).isEmpty();
        assertThat(run(HIGH, Duration.ZERO, Duration.ZERO, 79.99, 80.0)).containsExactly("1s HIGH 1");
        // chatter around 80 inside the deadband: one alarm; 78 (= 80 − 2) still holds it, 77.99 returns it
        assertThat(run(HIGH, Duration.ZERO, Duration.ZERO, 80.0, 79.0, 80.5, 78.0, 79.5, 80.0, 78.0, 77.99, 80.0))
                .containsExactly("0s HIGH 1", "7s HIGH 0", "8s HIGH 1");
    }

    @Test
    void highThenHighHighEscalatesOnceAndFallingBackIsSilentUntilTheReturn() {
        assertThat(run(HIGH, Duration.ZERO, Duration.ZERO, 81.0, 89.99, 90.0, 88.0, 87.99, 90.5, 79.0, 77.9))
                .containsExactly("0s HIGH 1", "2s HIGH 2", "5s HIGH 2", "7s HIGH 0");
        assertThat(run(HIGH, Duration.ZERO, Duration.ZERO, 95.0, 70.0)).as("straight to high-high and back")
                .containsExactly("0s HIGH 2", "1s HIGH 0");
    }

    @Test
    void aLowLimitIsReachedAtItsValueAndReturnsOnlyAboveTheLimitPlusTheDeadband() {
        assertThat(run(LOW, Duration.ZERO, Duration.ZERO, 10.01, 10.0, 11.0, 9.5, 4.99, 6.0, 11.01))
                .containsExactly("1s LOW 1", "4s LOW 2", "6s LOW 0");
    }

    @Test
    void onAndOffDelaysNeedTheConditionToLastOnTheSamplesOwnTimes() {
        Duration delay = Duration.ofSeconds(10);
        List<String> on = run(HIGH, delay, Duration.ZERO, List.of(sample(0, 81), sample(5, 81), sample(8, 79),
                sample(9, 81), sample(18, 81), sample(19, 81)));
        assertThat(on).as("79 breaks the run: 10 s from 9 s").containsExactly("19s HIGH 1");
        List<String> off = run(HIGH, Duration.ZERO, delay, List.of(sample(0, 85), sample(1, 77), sample(6, 79),
                sample(7, 77), sample(16, 77), sample(17, 77)));
        assertThat(off).as("79 lies inside the deadband and holds the alarm").containsExactly("0s HIGH 1",
                "17s HIGH 0");
    }

    @Test
    void aSampleOlderThanTheLastEvaluatedIsIgnored() {
        assertThat(run(HIGH, Duration.ZERO, Duration.ZERO, List.of(sample(10, 85), sample(5, 70), sample(10, 70),
                sample(11, 70)))).containsExactly("10s HIGH 1", "11s HIGH 0");
    }

    @Test
    void everySeriesGivesConsistentChangesAndLateSamplesChangeNothing() {
        PropertyRunner.forAll(random -> {
            LimitBand band = band(random);
            Duration onDelay = Duration.ofSeconds(random.intBetween(0, 5));
            Duration offDelay = Duration.ofSeconds(random.intBetween(0, 5));
            List<double[]> series = series(random);
            List<String> changes = run(band, onDelay, offDelay, series);

            int reported = 0;
            for (String change : changes) {
                int level = Integer.parseInt(change.substring(change.lastIndexOf(' ') + 1));
                assertThat(level).as("%s %s", band, changes).isNotEqualTo(reported == 0 ? 0 : -1);
                if (level > 0) {
                    assertThat(level).as("a raise goes up: %s %s", band, changes).isGreaterThan(reported == 0 ? 0
                            : 1).isLessThanOrEqualTo(2);
                }
                reported = level;
            }
            if (onDelay.isZero() && offDelay.isZero()) {
                for (String change : changes) {
                    double value = valueAt(series, change);
                    int level = Integer.parseInt(change.substring(change.lastIndexOf(' ') + 1));
                    if (level > 0) {
                        assertThat(band.reaches(value, band.limit(level))).as("%s %s", band, change).isTrue();
                    } else {
                        for (int l = 1; l <= 2; l++) {
                            Double limit = band.limit(l);
                            if (limit != null) {
                                assertThat(band.level(value, l)).as("returned within the deadband: %s %s", band,
                                        change).isZero();
                            }
                        }
                    }
                }
            }
            List<double[]> withLate = new ArrayList<>();
            for (double[] sample : series) {
                withLate.add(sample);
                if (random.intBetween(0, 3) == 0) {
                    withLate.add(new double[] {sample[0] - random.intBetween(0, 3), random.doubleBetween(0, 100)});
                }
            }
            assertThat(run(band, onDelay, offDelay, withLate)).as("late samples").isEqualTo(changes);
        });
    }

    private static LimitBand band(SeededRandom random) {
        double inner = random.intBetween(30, 60);
        Double outer = random.intBetween(0, 3) == 0 ? null : inner + random.intBetween(0, 20);
        Double innerOrNone = outer != null && random.intBetween(0, 4) == 0 ? null : inner;
        double deadband = random.intBetween(0, 50) / 10.0;
        return random.intBetween(0, 1) == 0 ? new LimitBand(LimitBand.Side.HIGH, innerOrNone, outer, deadband)
                : new LimitBand(LimitBand.Side.LOW, innerOrNone == null ? null : 100 - innerOrNone,
                        outer == null ? null : 100 - outer, deadband);
    }

    private static List<double[]> series(SeededRandom random) {
        List<double[]> series = new ArrayList<>();
        double value = random.doubleBetween(0, 100);
        int second = 0;
        for (int i = random.intBetween(1, 120); i > 0; i--) {
            second += random.intBetween(1, 3);
            value = Math.max(0, Math.min(100, value + random.doubleBetween(-8, 8)));
            series.add(new double[] {second, Math.round(value * 10) / 10.0});
        }
        return series;
    }

    private static double valueAt(List<double[]> series, String change) {
        int second = Integer.parseInt(change.substring(0, change.indexOf('s')));
        return series.stream().filter(sample -> sample[0] == second).findFirst().orElseThrow()[1];
    }

    private static List<String> run(LimitBand band, Duration onDelay, Duration offDelay, double... values) {
        List<double[]> series = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            series.add(sample(i, values[i]));
        }
        return run(band, onDelay, offDelay, series);
    }

    private static List<String> run(LimitBand band, Duration onDelay, Duration offDelay, List<double[]> series) {
        List<String> changes = new ArrayList<>();
        LimitWatch watch = LimitWatch.NORMAL;
        for (double[] sample : series) {
            LimitAlarmRule.Step step = LimitAlarmRule.step(band, watch, T0.plusSeconds((long) sample[0]), sample[1],
                    onDelay, offDelay);
            watch = step.watch();
            LimitChange change = step.change();
            if (change != null) {
                changes.add(Duration.between(T0, change.at()).toSeconds() + "s " + change.side() + " "
                        + change.level());
            }
        }
        return changes;
    }

    private static double[] sample(int second, double value) {
        return new double[] {second, value};
    }
}
