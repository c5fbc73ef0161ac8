package org.chemsafe.alarm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ChatterWindowTests {

    private static final Instant T0 = Instant.parse("2026-12-04T08:00:00Z");

    @Test
    void threeRaisesWithinOneMinuteChatter() {
        ChatterWindow chatter = new ChatterWindow(3, Duration.ofMinutes(1));
        UUID alarm = UUID.randomUUID();
        assertThat(chatter.raised(alarm, T0)).isFalse();
        assertThat(chatter.raised(alarm, T0.plusSeconds(30))).isFalse();
        assertThat(chatter.raised(alarm, T0.plusSeconds(60))).as("the first raise is exactly a minute before")
                .isFalse();
        assertThat(chatter.raised(alarm, T0.plusSeconds(89))).as("30 s, 60 s, 89 s").isTrue();
        assertThat(chatter.raised(UUID.randomUUID(), T0.plusSeconds(89))).as("each alarm counts its own").isFalse();
    }

    @Test
    void aQuietMinuteEndsTheChatter() {
        ChatterWindow chatter = new ChatterWindow(3, Duration.ofMinutes(1));
        UUID alarm = UUID.randomUUID();
        for (int second = 0; second < 10; second++) {
            chatter.raised(alarm, T0.plusSeconds(second));
        }
        assertThat(chatter.raised(alarm, T0.plusSeconds(10))).isTrue();
        assertThat(chatter.raised(alarm, T0.plusSeconds(80))).isFalse();
    }

    @Test
    void chatteringNeedsAtLeastTwoRaises() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ChatterWindow(1, Duration.ofMinutes(1)));
    }
}
