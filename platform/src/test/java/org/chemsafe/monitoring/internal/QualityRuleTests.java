package org.chemsafe.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.chemsafe.alarm.AlarmType;
import org.chemsafe.monitoring.internal.QualityRule.Change;
import org.chemsafe.monitoring.internal.QualityRule.Step;
import org.chemsafe.monitoring.internal.QualityRule.Watch;
import org.chemsafe.support.PropertyRunner;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The data-quality rules on their own: out of range, flatline on both sides of its time, late samples, restarts. */
class QualityRuleTests {

    private static final Duration THIRTY_MINUTES = Duration.ofMinutes(30);
    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    @Test
    void theFirstSampleSinceStartReturnsWhatWasLeftOpenAndRaisesOutOfRangeIfOutside() {
        Step inside = QualityRule.step(null, T0, 42, false, true, THIRTY_MINUTES, NOW);
        assertThat(inside.changes()).containsExactly(new Change(AlarmType.COMM_LOSS, false, NOW),
                new Change(AlarmType.OUT_OF_RANGE, false, T0), new Change(AlarmType.FLATLINE, false, T0));
        Step outside = QualityRule.step(null, T0, 120, true, true, THIRTY_MINUTES, NOW);
        assertThat(outside.changes()).contains(new Change(AlarmType.OUT_OF_RANGE, true, T0));
        assertThat(outside.watch().outOfRange()).isTrue();
    }

    @Test
    void outOfRangeIsRaisedByASampleOutsideAndReturnedByTheNextInside() {
        Watch watch = QualityRule.step(null, T0, 50, false, true, THIRTY_MINUTES, NOW).watch();
        Step out = QualityRule.step(watch, T0.plusSeconds(1), 120, true, true, THIRTY_MINUTES, NOW);
        assertThat(out.changes()).containsExactly(new Change(AlarmType.OUT_OF_RANGE, true, T0.plusSeconds(1)));
        Step stillOut = QualityRule.step(out.watch(), T0.plusSeconds(2), 130, true, true, THIRTY_MINUTES, NOW);
        assertThat(stillOut.changes()).isEmpty();
        Step back = QualityRule.step(stillOut.watch(), T0.plusSeconds(3), 60, false, true, THIRTY_MINUTES, NOW);
        assertThat(back.changes()).containsExactly(new Change(AlarmType.OUT_OF_RANGE, false, T0.plusSeconds(3)));
    }

    @Test
    void aValueUnchangedForExactlyThirtyMinutesIsNotYetAFlatlineOneSecondMoreIs() {
        Watch watch = QualityRule.step(null, T0, 5, false, true, THIRTY_MINUTES, NOW).watch();
        Step atThirty = QualityRule.step(watch, T0.plus(THIRTY_MINUTES), 5, false, true, THIRTY_MINUTES, NOW);
        assertThat(atThirty.changes()).isEmpty();
        Instant after = T0.plus(THIRTY_MINUTES).plusSeconds(1);
        Step beyond = QualityRule.step(atThirty.watch(), after, 5, false, true, THIRTY_MINUTES, NOW);
        assertThat(beyond.changes()).containsExactly(new Change(AlarmType.FLATLINE, true, after));
        Step stillFlat = QualityRule.step(beyond.watch(), after.plusSeconds(60), 5, false, true, THIRTY_MINUTES,
                NOW);
        assertThat(stillFlat.changes()).isEmpty();
        Step moved = QualityRule.step(stillFlat.watch(), after.plusSeconds(61), 5.01, false, true, THIRTY_MINUTES,
                NOW);
        assertThat(moved.changes()).containsExactly(new Change(AlarmType.FLATLINE, false, after.plusSeconds(61)));
    }

    @Test
    void aSwitchNeverFlatlines() {
        Watch watch = QualityRule.step(null, T0, 1, false, false, THIRTY_MINUTES, NOW).watch();
        assertThat(QualityRule.step(watch, T0.plus(Duration.ofHours(5)), 1, false, false, THIRTY_MINUTES, NOW)
                .changes()).isEmpty();
    }

    @Test
    void aLateSampleChangesNothingButASampleAfterCommunicationLossReturnsIt() {
        Watch watch = QualityRule.step(null, T0.plusSeconds(10), 50, false, true, THIRTY_MINUTES, NOW).watch();
        Step late = QualityRule.step(watch, T0, 120, true, true, THIRTY_MINUTES, NOW);
        assertThat(late.changes()).isEmpty();
        assertThat(late.watch()).isEqualTo(watch);

        Step lateAfterLoss = QualityRule.step(watch.commLost(true), T0, 120, true, true, THIRTY_MINUTES, NOW);
        assertThat(lateAfterLoss.changes()).containsExactly(new Change(AlarmType.COMM_LOSS, false, NOW));
        assertThat(lateAfterLoss.watch()).isEqualTo(watch);
    }

    /** Any series, in any order: each type's raises and returns alternate, and nothing is raised at a late time. */
    @Test
    void raisesAndReturnsOfEachTypeAlternate() {
        PropertyRunner.forAll(300, random -> {
            Map<AlarmType, Boolean> raised = new EnumMap<>(AlarmType.class);
            @Nullable Watch watch = null;
            Instant newest = Instant.MIN;
            List<Change> all = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Instant ts = T0.plusSeconds(random.intBetween(0, 7_199));
                double value = random.intBetween(0, 3) == 0 ? 5 : random.intBetween(0, 2);
                if (watch != null && random.intBetween(0, 19) == 0) {
                    watch = watch.commLost(true);
                    raised.put(AlarmType.COMM_LOSS, true);
                }
                Step step = QualityRule.step(watch, ts, value, value > 1, true, THIRTY_MINUTES, NOW);
                for (Change change : step.changes()) {
                    Boolean before = raised.put(change.type(), change.raise());
                    if (change.raise()) {
                        assertThat(before).as("%s raised twice", change.type()).isNotEqualTo(Boolean.TRUE);
                        assertThat(ts).as("raised by a late sample").isAfterOrEqualTo(newest);
                    }
                    all.add(change);
                }
                if (ts.isAfter(newest)) {
                    newest = ts;
                }
                watch = step.watch();
            }
            assertThat(all).isNotEmpty();
        });
    }
}
