package org.chemsafe.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.DoubleSupplier;

import org.chemsafe.support.PropertyRunner;
import org.chemsafe.support.SeededRandom;
import org.junit.jupiter.api.Test;

/**
 * Chunks round-trip exactly (random series, unordered, with equal times and edge values), and what they cost per
 * sample on simulated plant signals (one hour of one point per chunk, as the compactor writes them).
 */
class ChunkCodecTests {

    private static final UUID POINT = UUID.randomUUID();
    private static final Instant HOUR = Instant.parse("2026-12-02T08:00:00Z");
    private static final List<Double> EDGES = List.of(0.0, -0.0, 1.0, -1.0, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.MIN_VALUE, -Double.MIN_NORMAL, 1e-300, 9_007_199_254_740_993.0, 0.1, 1e15 + 0.5, 123456.789);

    @Test
    void everySeriesComesBackExactlySortedByTimeWithEqualTimesInTheirOrder() {
        PropertyRunner.forAll(300, random -> {
            List<RawSample> samples = series(random);
            List<RawSample> expected = new ArrayList<>(samples);
            expected.sort(Comparator.comparing(RawSample::ts));

            List<RawSample> decoded = ChunkCodec.decode(POINT, ChunkCodec.encode(samples));

            assertThat(decoded).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                RawSample want = expected.get(i);
                RawSample got = decoded.get(i);
                assertThat(got.ts()).as("ts %d", i).isEqualTo(want.ts());
                assertThat(Double.doubleToRawLongBits(got.value())).as("value %d: %s vs %s", i, got.value(),
                        want.value()).isEqualTo(Double.doubleToRawLongBits(want.value()));
                assertThat(got.quality()).as("quality %d", i).isEqualTo(want.quality());
            }
        });
    }

    @Test
    void decimalScalingIsTakenOnlyWhenExact() {
        assertThat(ColumnCodec.exactDecimals(new double[] {3.42, 0.001, 20}, 3)).isEqualTo(3);
        assertThat(ColumnCodec.exactDecimals(new double[] {1, 2, 3}, 3)).isZero();
        assertThat(ColumnCodec.exactDecimals(new double[] {-0.0}, 1)).isEqualTo(-1); // -0.0 keeps its sign via XOR
        assertThat(ColumnCodec.exactDecimals(new double[] {Math.PI}, 1)).isEqualTo(-1);
        assertThat(ColumnCodec.exactDecimals(new double[] {1e300}, 1)).isEqualTo(-1);
    }

    /**
     * Bytes per sample of the chunk bytes on one hour of simulated signals at 1 s and 10 s, timestamps in whole
     * milliseconds with ±20 ms jitter, values at the instrument's resolution. The figures are printed and written in
     * docs/architecture.md; the target is at most 4 bytes per stored sample.
     */
    @Test
    void simulatedPlantSignalsCostWellUnderFourBytesPerSample() {
        Map<String, Double> costs = new LinkedHashMap<>();
        for (int period : new int[] {1, 10}) {
            SplittableRandom random = new SplittableRandom(7 + period);
            costs.put("level ramp, 0.001 m, " + period + " s", cost(period, random, levelRamp(random, period)));
            costs.put("pressure with noise, 0.001 MPa, " + period + " s", cost(period, random, pressure(random)));
            costs.put("temperature, 0.1 °C, " + period + " s", cost(period, random, temperature(random, period)));
            costs.put("gas near zero with an episode, 0.1 %LEL, " + period + " s",
                    cost(period, random, gas(random, period)));
            costs.put("stuck value, " + period + " s", cost(period, random, () -> 4.217));
        }
        costs.forEach((signal, bytes) -> System.out.printf("chunk bytes/sample %-45s %.2f%n", signal, bytes));
        assertThat(costs.values()).allSatisfy(bytes -> assertThat(bytes).isLessThan(4.0));
        assertThat(costs.get("pressure with noise, 0.001 MPa, 10 s")).isLessThan(3.0);
    }

    private static double cost(int periodSeconds, SplittableRandom random, DoubleSupplier signal) {
        List<RawSample> samples = new ArrayList<>();
        for (int second = 0; second < 3600; second += periodSeconds) {
            Instant ts = HOUR.plusSeconds(second).plusMillis(random.nextInt(-20, 21));
            samples.add(new RawSample(POINT, ts, signal.getAsDouble(), PointRef.GOOD));
        }
        return (double) ChunkCodec.encode(samples).length / samples.size();
    }

    private static DoubleSupplier levelRamp(SplittableRandom random, int period) {
        double[] level = {6.0};
        return () -> {
            level[0] += 0.0004 * period; // filling at ~1.4 m/h
            return round(level[0] + random.nextGaussian() * 0.002, 3);
        };
    }

    private static DoubleSupplier pressure(SplittableRandom random) {
        return () -> round(1.6 + random.nextGaussian() * 0.004, 3);
    }

    private static DoubleSupplier temperature(SplittableRandom random, int period) {
        int[] step = {0};
        return () -> round(25 + 8 * Math.sin(2 * Math.PI * (8 * 3600 + step[0]++ * period) / 86_400.0)
                + random.nextGaussian() * 0.05, 1);
    }

    private static DoubleSupplier gas(SplittableRandom random, int period) {
        int[] step = {0};
        return () -> {
            int second = step[0]++ * period;
            double episode = second > 1800 && second < 2100 ? 30 * Math.sin(Math.PI * (second - 1800) / 300.0) : 0;
            return Math.max(0, round(episode + (random.nextInt(10) == 0 ? 0.1 * random.nextInt(1, 3) : 0), 1));
        };
    }

    private static double finiteOrZero(double value) {
        return Double.isFinite(value) ? value : 0;
    }

    private static double round(double value, int decimals) {
        double power = Math.pow(10, decimals);
        return Math.round(value * power) / power;
    }

    private static List<RawSample> series(SeededRandom random) {
        int count = random.intBetween(1, 2500);
        boolean millis = random.intBetween(0, 1) == 0;
        int decimals = random.intBetween(-1, 6);
        long time = ChronoUnit.MICROS.between(Instant.EPOCH, HOUR);
        double value = random.doubleBetween(-1000, 1000);
        List<RawSample> samples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int step = random.intBetween(0, 3);
            time += step == 0 ? 0 : step == 1 ? 1_000_000 : random.intBetween(-5_000_000, 60_000_000);
            long micros = millis ? time - Math.floorMod(time, 1000) : time;
            value = switch (random.intBetween(0, 9)) {
                case 0 -> random.oneOf(EDGES);
                case 1 -> value; // stuck
                case 2 -> finiteOrZero(Double.longBitsToDouble(random.intBetween(0, Integer.MAX_VALUE - 1) * 0x1_0000_0003L));
                default -> decimals < 0 ? random.doubleBetween(-1e6, 1e6)
                        : round(value + random.doubleBetween(-5, 5), decimals);
            };
            short quality = random.intBetween(0, 30) == 0 ? PointRef.OUT_OF_RANGE : PointRef.GOOD;
            samples.add(new RawSample(POINT, Instant.EPOCH.plus(micros, ChronoUnit.MICROS), value, quality));
        }
        return samples;
    }
}
