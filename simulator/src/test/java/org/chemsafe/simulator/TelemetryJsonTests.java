package org.chemsafe.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class TelemetryJsonTests {

    @Test
    void writesTheTelemetryMessageWithEpochMillisecondsAndEscapedText() {
        String json = TelemetryJson.of("GW\"01", List.of(new Sample("LT-101", Instant.ofEpochMilli(1_764_662_400_123L), 3.42),
                new Sample("A\\B", Instant.ofEpochMilli(5), -0.5)));
        assertThat(json).isEqualTo("{\"gateway\":\"GW\\\"01\",\"samples\":[{\"tag\":\"LT-101\",\"ts\":1764662400123,"
                + "\"value\":3.42},{\"tag\":\"A\\\\B\",\"ts\":5,\"value\":-0.5}]}");
    }
}
