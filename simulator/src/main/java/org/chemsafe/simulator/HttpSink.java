package org.chemsafe.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts samples to a platform's {@code POST /api/v1/telemetry} with a TELEMETRY API token as the bearer; a 202 means
 * they are durable. A refusal or a lost connection is logged and the samples are dropped.
 */
public final class HttpSink implements SampleSink {

    private static final Logger log = LoggerFactory.getLogger(HttpSink.class);

    private final URI endpoint;
    private final String token;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public HttpSink(String platformUrl, String token) {
        this.endpoint = URI.create(platformUrl.replaceAll("/+$", "") + "/api/v1/telemetry");
        this.token = token;
    }

    @Override
    public boolean send(String gateway, List<Sample> samples) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TelemetryJson.of(gateway, samples))).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                log.warn("Platform refused {} samples with {}: {}", samples.size(), response.statusCode(),
                        response.body());
                return false;
            }
            return true;
        } catch (IOException e) {
            log.warn("Simulator could not post {} samples to {}: {}", samples.size(), endpoint, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        // Java 17's HttpClient holds nothing to release; its threads end with the last reference
    }
}
