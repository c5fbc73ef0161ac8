package org.chemsafe.alarm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The sliding window of raises per group: EEMUA 191's more than 10 in 10 minutes, each group on its own. */
class FloodWindowTests {

    private static final Instant T0 = Instant.parse("2026-12-04T02:00:00Z");

    @Test
    void theEleventhRaiseWithinTenMinutesIsAFloodAndTheWindowSlides() {
        FloodWindow floods = new FloodWindow(10, Duration.ofMinutes(10));
        for (int i = 0; i < 10; i++) {
            assertThat(floods.raised("tank-1", T0.plusSeconds(i * 50L))).as("raise %d", i + 1).isFalse();
        }
        assertThat(floods.raised("tank-2", T0.plusSeconds(500))).as("another group").isFalse();
        assertThat(floods.raised("tank-1", T0.plusSeconds(540))).as("the 11th within 10 minutes").isTrue();
        // at T0 + 10 min 1 s the first raise (T0) has left the window, and with this one there are 11 again
        assertThat(floods.raised("tank-1", T0.plusSeconds(601))).isTrue();
        assertThat(floods.raised("tank-1", T0.plusSeconds(1_200))).as("most have left the window").isFalse();
    }

    @Test
    void forgettingDropsOnlyWhatLeftTheWindow() {
        FloodWindow floods = new FloodWindow(1, Duration.ofMinutes(10));
        floods.raised("a", T0);
        floods.forget(T0.plusSeconds(599));
        assertThat(floods.raised("a", T0.plusSeconds(599))).as("still in the window").isTrue();
        floods.forget(T0.plusSeconds(1_200));
        assertThat(floods.raised("a", T0.plusSeconds(1_200))).isFalse();
    }
}
