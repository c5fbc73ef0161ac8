package org.chemsafe.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chemsafe.support.ApiClient.Response;

/** A telemetry gateway of a test enterprise: a TELEMETRY token and one-second series through the HTTP endpoint. */
public final class TelemetryGateway {

    private final ApiClient client;

    private TelemetryGateway(ApiClient client) {
        this.client = client;
    }

    /** Issues a TELEMETRY token as the enterprise's administrator (or safety manager) and sends with it. */
    public static TelemetryGateway of(int port, ApiClient administrator) {
        Response token = administrator.post("/api/v1/api-tokens", Map.of("name", "测试网关", "purpose", "TELEMETRY"));
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        return new TelemetryGateway(ApiClient.withToken(port, token.json().path("token").asString()));
    }

    /** Sends the values of one tag, one a second from {@code t0 + firstSecond}, and expects them accepted. */
    public void send(String tag, Instant t0, int firstSecond, double... values) {
        List<Map<String, Object>> samples = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            samples.add(Map.of("tag", tag, "ts", t0.plusSeconds(firstSecond + i).toString(), "value", values[i]));
        }
        Response answer = client.post("/api/v1/telemetry", Map.of("gateway", "GW-TEST", "samples", samples));
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
    }
}
