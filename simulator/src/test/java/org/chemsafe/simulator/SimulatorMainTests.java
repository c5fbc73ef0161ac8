package org.chemsafe.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SimulatorMainTests {

    @Test
    void readsItsOptionsAndDurations() {
        assertThat(SimulatorMain.options(new String[] {"--url", "http://x:8080", "--token", "cs_1", "--plant", "load"}))
                .containsEntry("url", "http://x:8080").containsEntry("plant", "load");
        assertThat(SimulatorMain.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(SimulatorMain.duration("2s")).isEqualTo(Duration.ofSeconds(2));
        assertThat(SimulatorMain.duration("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(SimulatorMain.duration("PT0.25S")).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void refusesUnknownOptionsMissingValuesAndBadDurations() {
        assertThatThrownBy(() -> SimulatorMain.options(new String[] {"--colour", "red"}))
                .hasMessageContaining("--colour");
        assertThatThrownBy(() -> SimulatorMain.options(new String[] {"--url"})).hasMessageContaining("--url");
        assertThatThrownBy(() -> SimulatorMain.duration("soon")).hasMessageContaining("soon");
    }
}
