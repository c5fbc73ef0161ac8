package org.chemsafe.simulator;

import java.util.List;

/**
 * The platform's telemetry message, {@code {"gateway": "GW01", "samples": [{"tag": "LT-101", "ts": 1764662400123,
 * "value": 3.42}]}}, with times in epoch milliseconds.
 */
public final class TelemetryJson {

    private TelemetryJson() {
    }

    public static String of(String gateway, List<Sample> samples) {
        StringBuilder json = new StringBuilder(64 + samples.size() * 56).append("{\"gateway\":");
        string(json, gateway).append(",\"samples\":[");
        for (int i = 0; i < samples.size(); i++) {
            Sample sample = samples.get(i);
            json.append(i == 0 ? "{\"tag\":" : ",{\"tag\":");
            string(json, sample.tag()).append(",\"ts\":").append(sample.ts().toEpochMilli()).append(",\"value\":")
                    .append(sample.value()).append('}');
        }
        return json.append("]}").toString();
    }

    private static StringBuilder string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"');
    }
}
