package org.chemsafe.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * A point's quality from the samples the writer commits, under a clock the test moves: offline after 3 × the expected
 * period without data (or 3 × the default period), flatline once an analog value is unchanged for longer than the
 * configured time, and the out-of-range and rejected counts; both sides of each threshold.
 */
class DataQualityTests {

    private static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");
    private static final UUID POINT = UUID.randomUUID();
    private static final DataQuality.PointTraits ANALOG_10S = new DataQuality.PointTraits(10, true);

    private final MovingClock clock = new MovingClock();
    private final DataQuality quality = new DataQuality(
            new DataQualitySettings(3, Duration.ofSeconds(60), Duration.ofMinutes(30), ZoneId.of("Asia/Shanghai")),
            clock);

    @Test
    void aPointIsOfflineAfterThreeExpectedPeriodsWithoutData() {
        assertThat(quality.online(POINT, 10)).as("never heard of").isFalse();
        clock.now = T0;
        quality.committed(new CommittedSamples(List.of(sample(T0, 1.0))));
        clock.now = T0.plusSeconds(30);
        assertThat(quality.online(POINT, 10)).isTrue();
        assertThat(quality.of(POINT, ANALOG_10S).online()).isTrue();
        clock.now = T0.plusSeconds(30).plusMillis(1);
        assertThat(quality.online(POINT, 10)).isFalse();
        assertThat(quality.online(POINT, null)).as("the default period, 60 s").isTrue();
        clock.now = T0.plusSeconds(180);
        assertThat(quality.online(POINT, null)).isTrue();
        clock.now = T0.plusSeconds(180).plusMillis(1);
        assertThat(quality.online(POINT, null)).isFalse();
        assertThat(quality.of(POINT, ANALOG_10S).lastReceivedAt()).isEqualTo(T0);
    }

    @Test
    void anAnalogValueUnchangedBeyondTheConfiguredTimeIsAFlatline() {
        clock.now = T0;
        quality.committed(new CommittedSamples(List.of(sample(T0, 5.0), sample(T0.plusSeconds(1800), 5.0))));
        assertThat(quality.of(POINT, ANALOG_10S).flatline()).as("unchanged for exactly 30 min").isFalse();
        quality.committed(new CommittedSamples(List.of(sample(T0.plusSeconds(1801), 5.0))));
        PointQualityView flat = quality.of(POINT, ANALOG_10S);
        assertThat(flat.flatline()).isTrue();
        assertThat(flat.unchangedSince()).isEqualTo(T0);
        assertThat(quality.of(POINT, new DataQuality.PointTraits(10, false)).flatline()).as("a switch").isFalse();
        quality.committed(new CommittedSamples(List.of(sample(T0.plusSeconds(60), 7.0)))); // late: changes nothing
        assertThat(quality.of(POINT, ANALOG_10S).flatline()).isTrue();
        quality.committed(new CommittedSamples(List.of(sample(T0.plusSeconds(1802), 5.1))));
        PointQualityView moving = quality.of(POINT, ANALOG_10S);
        assertThat(moving.flatline()).isFalse();
        assertThat(moving.unchangedSince()).isEqualTo(T0.plusSeconds(1802));
        assertThat(moving.lastSampleAt()).isEqualTo(T0.plusSeconds(1802));
    }

    @Test
    void outOfRangeAndRejectedSamplesAreCounted() {
        clock.now = T0;
        quality.committed(new CommittedSamples(List.of(sample(T0, 1.0),
                new RawSample(POINT, T0.plusSeconds(1), 99, PointRef.OUT_OF_RANGE),
                new RawSample(POINT, T0.plusSeconds(2), 98, PointRef.OUT_OF_RANGE))));
        quality.rejected(POINT);
        PointQualityView view = quality.of(POINT, ANALOG_10S);
        assertThat(view.outOfRangeCount()).isEqualTo(2);
        assertThat(view.rejectedCount()).isEqualTo(1);
        assertThat(quality.of(UUID.randomUUID(), ANALOG_10S).online()).isFalse();
    }

    private static RawSample sample(Instant ts, double value) {
        return new RawSample(POINT, ts, value, PointRef.GOOD);
    }

    /** A clock the test sets. */
    private static final class MovingClock extends Clock {
        Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
